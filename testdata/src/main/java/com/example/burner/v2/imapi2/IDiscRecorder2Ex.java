package com.example.burner.v2.imapi2;

import io.github.imapichecks.annotations.ImapiHResult;

/**
 * IMAPI v2's {@code IDiscRecorder2Ex}, which the bridge obtains from an {@link IDiscRecorder2}: raw
 * SCSI commands to the drive.
 */
public interface IDiscRecorder2Ex {
  /** The length of the fixed-format sense data a command's caller receives. */
  int SENSE_LENGTH = 18;

  /**
   * Sends the command {@code cdb} (6 to 16 bytes), which moves no data, and waits up to {@code
   * timeout} seconds. When the drive fails the command, the call returns the success code {@code
   * S_IMAPI_COMMAND_HAS_SENSE_DATA} and {@code senseBuffer} ({@link #SENSE_LENGTH} bytes) says why.
   */
  @ImapiHResult
  int SendCommandNoData(byte[] cdb, int cdbSize, byte[] senseBuffer, int timeout);
}
