"""Turn article text into claims and judge them against evidence."""
