"""The staff side: accounts, review decisions, case numbers, notifications, report copies,
the RMS export, the dashboard and the audit log."""
