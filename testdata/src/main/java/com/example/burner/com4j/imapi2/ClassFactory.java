package com.example.burner.com4j.imapi2;

import com4j.COM4J;

/** Defines methods to create COM objects. */
public abstract class ClassFactory {
  private ClassFactory() {} // instantiation is not allowed

  /** Microsoft IMAPIv2 Disc Master. */
  public static IDiscMaster2 createMsftDiscMaster2() {
    return COM4J.createInstance(IDiscMaster2.class, "{2735412E-7F64-5B0F-8F00-5D77AFBE261E}");
  }

  /** Microsoft IMAPIv2 Disc Recorder. */
  public static IDiscRecorder2 createMsftDiscRecorder2() {
    return COM4J.createInstance(IDiscRecorder2.class, "{2735412D-7F64-5B0F-8F00-5D77AFBE261E}");
  }

  /** Microsoft IMAPIv2 Media Erase/Blank. */
  public static IDiscFormat2Erase createMsftDiscFormat2Erase() {
    return COM4J.createInstance(IDiscFormat2Erase.class, "{2735412B-7F64-5B0F-8F00-5D77AFBE261E}");
  }

  /** Microsoft IMAPIv2 Data Writer. */
  public static IDiscFormat2Data createMsftDiscFormat2Data() {
    return COM4J.createInstance(IDiscFormat2Data.class, "{2735412A-7F64-5B0F-8F00-5D77AFBE261E}");
  }
}
