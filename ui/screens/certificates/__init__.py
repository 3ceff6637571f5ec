"""The certificates screen (证书核发)."""
