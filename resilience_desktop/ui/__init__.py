"""Qt user interface. Widgets call services; they never query the database."""
