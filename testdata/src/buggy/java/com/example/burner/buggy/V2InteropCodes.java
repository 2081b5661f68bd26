package com.example.burner.buggy;

/** IMAPI v2 codes pasted from interop tables and documentation pages. */
final class V2InteropCodes {
  // Bug: written by analogy with 0x80.. HRESULTs; imapi2error.h's value is 0xC0AA0002.
  static final int E_IMAPI_REQUEST_CANCELLED = 0x80AA0002;

  // Bug: a C# table's uint pasted as a long. An int result widened to long is negative, so this
  // positive long never equals it.
  static final long E_IMAPI_RECORDER_MEDIA_NO_MEDIA = 0xC0AA0202L;

  // Bug: the value the put_VolumeName page prints, IMAPI_E_INVALID_PARAM's; the header's is
  // 0xC0AAB104.
  static final int IMAPI_E_INVALID_VOLUME_NAME = 0xC0AAB101;

  private V2InteropCodes() {}
}
