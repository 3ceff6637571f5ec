"""The examiner scoring screen (评分)."""
