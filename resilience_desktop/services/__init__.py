"""Qt-free application logic, one module per domain; plain dataclasses in and out."""
