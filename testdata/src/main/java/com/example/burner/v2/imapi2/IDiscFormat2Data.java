package com.example.burner.v2.imapi2;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import io.github.imapichecks.annotations.ImapiHResult;

/**
 * IMAPI v2's {@code IDiscFormat2Data}: writes a data stream, such as a file-system image, to a
 * disc. The bridge creates it with a {@link DDiscFormat2DataEvents} sink attached.
 */
public interface IDiscFormat2Data extends IDiscFormat2 {
  @ImapiHResult
  HRESULT put_Recorder(IDiscRecorder2 value);

  /** The name other programs see for this application while it writes; must not be empty. */
  @ImapiHResult
  HRESULT put_ClientName(String value);

  /** Asks for {@code requestedSectorsPerSecond} ({@code -1}: as fast as the drive can). */
  @ImapiHResult
  HRESULT SetWriteSpeed(int requestedSectorsPerSecond, boolean rotationTypeIsPureCAV);

  /** Sets {@code value} to the speed the drive will write at, in sectors per second. */
  @ImapiHResult
  HRESULT get_CurrentWriteSpeed(IntByReference value);

  /** Writes the {@code IStream} {@code data} to the disc; returns when the write has ended. */
  @ImapiHResult
  HRESULT Write(Pointer data);

  /** Stops a running {@link #Write}; only from the events sink's {@code Update}. */
  @ImapiHResult
  HRESULT CancelWrite();
}
