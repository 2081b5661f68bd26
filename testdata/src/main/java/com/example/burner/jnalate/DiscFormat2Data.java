package com.example.burner.jnalate;

import com.sun.jna.platform.win32.COM.COMLateBindingObject;
import com.sun.jna.platform.win32.Variant.VARIANT;

/** The data writer: IMAPI v2's {@code MsftDiscFormat2Data}, called by name. */
public final class DiscFormat2Data extends COMLateBindingObject {
  /** A new writer, with no drive yet. */
  public DiscFormat2Data() {
    super("IMAPI2.MsftDiscFormat2Data", false);
  }

  /** Writes with {@code recorder}. */
  public void setRecorder(DiscRecorder2 recorder) {
    setProperty("Recorder", recorder.getIDispatch());
  }

  /** The name the drive shows to other programs while this one holds it. */
  public void setClientName(String clientName) {
    setProperty("ClientName", clientName);
  }

  /** Asks for {@code sectorsPerSecond}; the drive may choose another speed. */
  public void setWriteSpeed(int sectorsPerSecond, boolean rotationTypeIsPureCav) {
    invokeNoReply(
        "SetWriteSpeed", new VARIANT(sectorsPerSecond), new VARIANT(rotationTypeIsPureCav));
  }

  /** The speed the drive writes at, in sectors per second. */
  public int getCurrentWriteSpeed() {
    return getIntProperty("CurrentWriteSpeed");
  }

  /** Writes {@code image}, an {@code IStream} in a VARIANT, to the disc. */
  public void write(VARIANT image) {
    invokeNoReply("Write", image);
  }
}
