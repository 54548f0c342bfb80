"""Qt-free data layer: database, models, migrations, backups."""
