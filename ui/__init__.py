"""The Qt desktop application: main window, wizard, preview and dialogs. The only
package that imports PySide6."""
