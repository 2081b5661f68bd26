package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableMap;
import java.util.OptionalInt;

/**
 * Where {@code IDiscRecorder2Ex}'s commands take the buffer for the device's sense data: the third
 * parameter of {@code SendCommandNoData(Cdb, CdbSize, SenseBuffer, Timeout)}, {@code
 * SendCommandSendDataToDevice} (6 parameters) and {@code SendCommandGetDataFromDevice} (7). Their
 * {@code S_IMAPI_COMMAND_HAS_SENSE_DATA} is a success that says the device failed the command;
 * bindings that throw on failure drop it, and the buffer is then the only place that tells.
 */
public final class SenseBuffers {
  /** Each command's number of parameters in {@code imapi2.h}. */
  private static final ImmutableMap<String, Integer> PARAMETERS =
      ImmutableMap.of(
          "IDiscRecorder2Ex.SendCommandNoData", 4,
          "IDiscRecorder2Ex.SendCommandSendDataToDevice", 6,
          "IDiscRecorder2Ex.SendCommandGetDataFromDevice", 7);

  private static final int SENSE_BUFFER = 2;

  private SenseBuffers() {}

  /**
   * The index of the sense buffer among the {@code arguments} arguments of a call of {@code
   * method}; empty for another method, or for a binding whose parameters differ from the header's.
   */
  public static OptionalInt position(ImapiMethod method, int arguments) {
    Integer parameters = PARAMETERS.get(method.qualifiedName());
    return parameters != null && parameters == arguments
        ? OptionalInt.of(SENSE_BUFFER)
        : OptionalInt.empty();
  }
}
