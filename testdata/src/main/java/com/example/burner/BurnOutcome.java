package com.example.burner;

/** How a burn ended, when it did not fail. */
public enum BurnOutcome {
  /** The disc was written. */
  BURNED,
  /** The user cancelled the burn. */
  CANCELLED,
  /** There was no disc in the drive, or it was taken out. */
  NO_DISC,
  /** The selection does not fit on the disc; nothing was written. */
  DOES_NOT_FIT,
  /** Another program holds the recorder; nothing was written. */
  DRIVE_IN_USE,
  /** The disc in the drive cannot be written this way; nothing was written. */
  UNSUPPORTED_DISC
}
