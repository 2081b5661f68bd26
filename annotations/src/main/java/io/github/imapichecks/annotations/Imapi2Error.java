package io.github.imapichecks.annotations;

/**
 * The HRESULT codes of the Windows IMAPI v2 disc-burning interfaces ({@code IDiscMaster2}, {@code
 * IDiscRecorder2}, {@code IDiscRecorder2Ex}, {@code IDiscFormat2Data}, {@code IDiscFormat2Erase},
 * {@code IDiscFormat2TrackAtOnce}, {@code IDiscFormat2RawCD}, {@code IRawCDImageCreator}, ...),
 * named exactly as in the Windows SDK header {@code imapi2error.h}, as Java sees them: signed
 * 32-bit {@code int}s, so every error is negative and every success is zero or positive.
 *
 * <p>The generic COM codes these interfaces also return ({@link ImapiError#S_OK}, {@link
 * ImapiError#E_POINTER}, {@link ImapiError#E_FAIL}, ...) are in {@link ImapiError}, and so are the
 * success tests: {@link ImapiError#succeeded(int)}, {@link ImapiError#failed(int)} and {@link
 * ImapiError#isSuccessWithInfo(int)} read the severity bit alone and serve IMAPI v2 as they serve
 * v1. The codes of the file-system image interfaces ({@code IFileSystemImage}, {@code
 * IFsiDirectoryItem}, ...) are in {@link Imapi2FsError}. No two of the three classes share a
 * constant's name, so that a file may import all three statically. Call {@link #nameOf(int)} and
 * {@link #describe(int)} through the class, {@code Imapi2Error.nameOf(hr)}: each of the three has
 * them, for its own codes.
 *
 * <p>The traps, each of which a copied constant or a hand-written test falls into:
 *
 * <ul>
 *   <li>Most errors start {@code 0xC0AA}, not {@code 0x80AA}: {@link #E_IMAPI_REQUEST_CANCELLED} is
 *       {@code 0xC0AA0002}. A value written {@code 0x80AA0002} by analogy with other HRESULTs is
 *       another number, which no call returns.
 *   <li>Some errors do start {@code 0x80AA}: the erase codes {@link #E_IMAPI_ERASE_RECORDER_IN_USE}
 *       to {@link #E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND} ({@code 0x80AA0900} to {@code
 *       0x80AA0908}) and the raw-image codes ({@code 0x80AA0A00} to {@code 0x80AA0A0A}), while the
 *       erase codes after them, from {@link #E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED} ({@code
 *       0xC0AA0909}), start {@code 0xC0AA} again. Compare a result with the named constant, never
 *       with a prefix or a mask.
 *   <li>The {@code S_IMAPI_*} codes are successes: {@link #S_IMAPI_SPEEDADJUSTED}, {@link
 *       #S_IMAPI_ROTATIONADJUSTED} and {@link #S_IMAPI_BOTHADJUSTED} from {@code SetWriteSpeed} and
 *       {@code Write} say that the drive chose another speed than requested. A test {@code hr ==
 *       S_OK} takes them for failures.
 *   <li>{@link #S_IMAPI_COMMAND_HAS_SENSE_DATA} is a success HRESULT that means the device failed
 *       the command. After {@code SendCommandNoData}, {@code SendCommandSendDataToDevice} or {@code
 *       SendCommandGetDataFromDevice}, {@code succeeded(hr)} alone takes a device failure for
 *       success: test this code too.
 *   <li>IMAPI v1's codes ({@link ImapiError}'s {@code IMAPI_E_*}, {@code 0x8004....}) never come
 *       from a v2 call, nor these from a v1 call: no disc is {@link
 *       #E_IMAPI_RECORDER_MEDIA_NO_MEDIA} ({@code 0xC0AA0202}) here and {@link
 *       ImapiError#IMAPI_E_MEDIUM_NOTPRESENT} ({@code 0x8004020F}) there, and {@link
 *       #E_IMAPI_LOSS_OF_STREAMING} ({@code 0xC0AA0300}) is not {@link
 *       ImapiError#IMAPI_E_LOSS_OF_STREAMING} ({@code 0x80040227}). Nor is an {@link Imapi2FsError}
 *       code among the results that a burning call's documentation names.
 * </ul>
 *
 * <p>Like every HRESULT of an interface's own, these codes mean something only as results of IMAPI
 * calls: compare them with nothing else.
 */
public final class Imapi2Error {
  /**
   * Error 0xC0AA0002: the request was cancelled before it finished.
   *
   * <p>{@code Write} returns it when the burn was stopped by {@code CancelWrite}: the user's
   * choice, not a failure to report as one.
   */
  public static final @ImapiHResult int E_IMAPI_REQUEST_CANCELLED = 0xC0AA0002;

  /** Error 0xC0AA0003: no recorder has been chosen for this object yet. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_REQUIRED = 0xC0AA0003;

  /**
   * Success 0x00AA0004: the call succeeded, but the drive does not support the requested write
   * speed and chose another.
   *
   * <p>{@code SetWriteSpeed} and {@code Write} return it: read {@code CurrentWriteSpeed} back. A
   * test {@code hr == S_OK} takes it for a failure.
   */
  public static final @ImapiHResult int S_IMAPI_SPEEDADJUSTED = 0x00AA0004;

  /**
   * Success 0x00AA0005: the call succeeded, but the drive does not support the requested rotation
   * type and chose another.
   *
   * <p>{@code SetWriteSpeed} and {@code Write} return it. A test {@code hr == S_OK} takes it for a
   * failure.
   */
  public static final @ImapiHResult int S_IMAPI_ROTATIONADJUSTED = 0x00AA0005;

  /**
   * Success 0x00AA0006: the call succeeded, but the drive chose another write speed and another
   * rotation type than requested.
   *
   * <p>{@code SetWriteSpeed} and {@code Write} return it: read {@code CurrentWriteSpeed} back. A
   * test {@code hr == S_OK} takes it for a failure.
   */
  public static final @ImapiHResult int S_IMAPI_BOTHADJUSTED = 0x00AA0006;

  /**
   * Error 0xC0AA0007: the written disc did not pass verification; its contents may be damaged or
   * unreadable.
   */
  public static final @ImapiHResult int E_IMAPI_BURN_VERIFICATION_FAILED = 0xC0AA0007;

  /**
   * Success 0x00AA0200: the device failed the command and returned sense data saying why, although
   * the code is a success.
   *
   * <p>{@code SendCommandNoData}, {@code SendCommandSendDataToDevice} and {@code
   * SendCommandGetDataFromDevice} return it. {@link ImapiError#succeeded(int)} is true for it, so
   * test this code before taking such a result for success, and read the sense data.
   */
  public static final @ImapiHResult int S_IMAPI_COMMAND_HAS_SENSE_DATA = 0x00AA0200;

  /** Error 0xC0AA0201: the device has no mode page of the requested number and type. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_NO_SUCH_MODE_PAGE = 0xC0AA0201;

  /**
   * Error 0xC0AA0202: there is no disc in the drive.
   *
   * <p>IMAPI v1's no-disc code, {@link ImapiError#IMAPI_E_MEDIUM_NOTPRESENT} ({@code 0x8004020F}),
   * never comes from an IMAPI v2 call.
   */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_NO_MEDIA = 0xC0AA0202;

  /**
   * Error 0xC0AA0203: the disc in the drive is of a type or physical format the drive cannot use.
   */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE = 0xC0AA0203;

  /** Error 0xC0AA0204: the disc is in the drive upside down. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_UPSIDE_DOWN = 0xC0AA0204;

  /** Error 0xC0AA0205: the drive is not ready yet; try again shortly. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_BECOMING_READY = 0xC0AA0205;

  /** Error 0xC0AA0206: the disc is being formatted; wait until formatting ends. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_FORMAT_IN_PROGRESS = 0xC0AA0206;

  /** Error 0xC0AA0207: the drive is occupied by a long operation, such as closing a write. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_BUSY = 0xC0AA0207;

  /** Error 0xC0AA0208: the drive refused the combination of values in a MODE SELECT page. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_INVALID_MODE_PARAMETERS = 0xC0AA0208;

  /** Error 0xC0AA0209: the drive says the disc is write-protected. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_WRITE_PROTECTED = 0xC0AA0209;

  /** Error 0xC0AA020A: the device does not support the requested feature page. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_NO_SUCH_FEATURE = 0xC0AA020A;

  /** Error 0xC0AA020B: the device supports the requested feature page, but it is not current. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_FEATURE_IS_NOT_CURRENT = 0xC0AA020B;

  /** Error 0xC0AA020C: the drive does not implement the GET CONFIGURATION command. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_GET_CONFIGURATION_NOT_SUPPORTED =
      0xC0AA020C;

  /** Error 0xC0AA020D: the device did not take the command before the timeout ran out. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_COMMAND_TIMEOUT = 0xC0AA020D;

  /**
   * Error 0xC0AA020E: the requested DVD structure is missing, probably because drive and disc do
   * not match.
   */
  public static final @ImapiHResult int E_IMAPI_RECORDER_DVD_STRUCTURE_NOT_PRESENT = 0xC0AA020E;

  /** Error 0xC0AA020F: the disc's speed is outside the range the drive supports. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_SPEED_MISMATCH = 0xC0AA020F;

  /**
   * Error 0xC0AA0210: another client holds exclusive access to the drive.
   *
   * <p>{@code AcquireExclusiveAccess} returns it when another application holds the drive: tell the
   * user, or try again later; the device is not at fault.
   */
  public static final @ImapiHResult int E_IMAPI_RECORDER_LOCKED = 0xC0AA0210;

  /** Error 0xC0AA0211: the client name given to the recorder is not valid. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_CLIENT_NAME_IS_NOT_VALID = 0xC0AA0211;

  /** Error 0xC0AA0212: the disc has to be formatted before it can be used. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_MEDIA_NOT_FORMATTED = 0xC0AA0212;

  /** Error 0xC0AA02FF: the device answered a command with unexpected or malformed data. */
  public static final @ImapiHResult int E_IMAPI_RECORDER_INVALID_RESPONSE_FROM_DEVICE = 0xC0AA02FF;

  /**
   * Error 0xC0AA0300: the write failed because data did not reach the drive in time (buffer
   * under-run).
   *
   * <p>Not IMAPI v1's {@link ImapiError#IMAPI_E_LOSS_OF_STREAMING} ({@code 0x80040227}), which no
   * v2 call returns.
   */
  public static final @ImapiHResult int E_IMAPI_LOSS_OF_STREAMING = 0xC0AA0300;

  /** Error 0xC0AA0301: the write failed because the drive reported an unrecoverable error. */
  public static final @ImapiHResult int E_IMAPI_UNEXPECTED_RESPONSE_FROM_DEVICE = 0xC0AA0301;

  /** Success 0x00AA0302: no write is running. */
  public static final @ImapiHResult int S_IMAPI_WRITE_NOT_IN_PROGRESS = 0x00AA0302;

  /** Error 0xC0AA0400: a data write is running already. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_WRITE_IN_PROGRESS = 0xC0AA0400;

  /** Error 0xC0AA0401: no data write is running. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_WRITE_NOT_IN_PROGRESS = 0xC0AA0401;

  /** Error 0xC0AA0402: the operation needs a supported disc in a suitable state. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_INVALID_MEDIA_STATE = 0xC0AA0402;

  /** Error 0xC0AA0403: the data stream given to the writer cannot be used. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_STREAM_NOT_SUPPORTED = 0xC0AA0403;

  /** Error 0xC0AA0404: the data stream is larger than the disc in the drive can hold. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_STREAM_TOO_LARGE_FOR_CURRENT_MEDIA =
      0xC0AA0404;

  /**
   * Error 0xC0AA0405: the disc is not blank, and overwriting it was not allowed (ForceOverwrite).
   */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_MEDIA_NOT_BLANK = 0xC0AA0405;

  /** Error 0xC0AA0406: data cannot be written to this type of disc. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_MEDIA_IS_NOT_SUPPORTED = 0xC0AA0406;

  /** Error 0xC0AA0407: the drive cannot perform the operations that writing data needs. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_RECORDER_NOT_SUPPORTED = 0xC0AA0407;

  /** Error 0xC0AA0408: the client name given to the data writer is not valid. */
  public static final @ImapiHResult int E_IMAPI_DF2DATA_CLIENT_NAME_IS_NOT_VALID = 0xC0AA0408;

  /** Error 0xC0AA0500: a track-at-once write is running already. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_WRITE_IN_PROGRESS = 0xC0AA0500;

  /** Error 0xC0AA0501: no track-at-once write is running. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_WRITE_NOT_IN_PROGRESS = 0xC0AA0501;

  /** Error 0xC0AA0502: the disc has to be prepared (PrepareMedia) first. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_MEDIA_IS_NOT_PREPARED = 0xC0AA0502;

  /** Error 0xC0AA0503: this cannot be done between preparing the disc and releasing it. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_MEDIA_IS_PREPARED = 0xC0AA0503;

  /** Error 0xC0AA0504: this property cannot be changed once the disc has been written to. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_PROPERTY_FOR_BLANK_MEDIA_ONLY = 0xC0AA0504;

  /** Error 0xC0AA0505: an empty disc has no table of contents to read. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_TABLE_OF_CONTENTS_EMPTY_DISC = 0xC0AA0505;

  /** Error 0xC0AA0506: track-at-once writing needs a blank CD-R or CD-RW. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_MEDIA_IS_NOT_BLANK = 0xC0AA0506;

  /**
   * Error 0xC0AA0507: track-at-once writing cannot use this type of disc; it needs a blank CD-R or
   * CD-RW.
   */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_MEDIA_IS_NOT_SUPPORTED = 0xC0AA0507;

  /** Error 0xC0AA0508: the disc already has the most audio tracks a CD allows (99). */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_TRACK_LIMIT_REACHED = 0xC0AA0508;

  /** Error 0xC0AA0509: the audio track does not fit in the space left on the disc. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_NOT_ENOUGH_SPACE = 0xC0AA0509;

  /** Error 0xC0AA050A: no recorder was chosen before the disc was prepared. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_NO_RECORDER_SPECIFIED = 0xC0AA050A;

  /** Error 0xC0AA050B: the ISRC (International Standard Recording Code) is not valid. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_INVALID_ISRC = 0xC0AA050B;

  /** Error 0xC0AA050C: the media catalog number is not valid. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_INVALID_MCN = 0xC0AA050C;

  /** Error 0xC0AA050D: the audio stream cannot be used. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_STREAM_NOT_SUPPORTED = 0xC0AA050D;

  /** Error 0xC0AA050E: the drive cannot perform the operations that track-at-once writing needs. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_RECORDER_NOT_SUPPORTED = 0xC0AA050E;

  /** Error 0xC0AA050F: the client name given to the track-at-once writer is not valid. */
  public static final @ImapiHResult int E_IMAPI_DF2TAO_CLIENT_NAME_IS_NOT_VALID = 0xC0AA050F;

  /** Error 0xC0AA0600: a raw (disc-at-once) CD write is running already. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_WRITE_IN_PROGRESS = 0xC0AA0600;

  /** Error 0xC0AA0601: no raw CD write is running. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_WRITE_NOT_IN_PROGRESS = 0xC0AA0601;

  /** Error 0xC0AA0602: the disc has to be prepared (PrepareMedia) before a raw write. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_MEDIA_IS_NOT_PREPARED = 0xC0AA0602;

  /**
   * Error 0xC0AA0603: this cannot be done between preparing the disc for a raw write and releasing
   * it.
   */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_MEDIA_IS_PREPARED = 0xC0AA0603;

  /** Error 0xC0AA0604: the client name given to the raw CD writer is not valid. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_CLIENT_NAME_IS_NOT_VALID = 0xC0AA0604;

  /** Error 0xC0AA0606: raw CD writing needs a blank CD-R or CD-RW. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_MEDIA_IS_NOT_BLANK = 0xC0AA0606;

  /**
   * Error 0xC0AA0607: raw CD writing cannot use this type of disc; it needs a blank CD-R or CD-RW.
   */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_MEDIA_IS_NOT_SUPPORTED = 0xC0AA0607;

  /** Error 0xC0AA0609: the session does not fit in the space on the disc. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_NOT_ENOUGH_SPACE = 0xC0AA0609;

  /** Error 0xC0AA060A: no recorder was chosen before the disc was prepared for a raw write. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_NO_RECORDER_SPECIFIED = 0xC0AA060A;

  /** Error 0xC0AA060D: the raw stream cannot be used. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_STREAM_NOT_SUPPORTED = 0xC0AA060D;

  /** Error 0xC0AA060E: the drive does not support the requested data block type. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_DATA_BLOCK_TYPE_NOT_SUPPORTED = 0xC0AA060E;

  /** Error 0xC0AA060F: the stream's lead-in has fewer sectors than this disc needs. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_STREAM_LEADIN_TOO_SHORT = 0xC0AA060F;

  /** Error 0xC0AA0610: the drive cannot perform the operations that raw CD writing needs. */
  public static final @ImapiHResult int E_IMAPI_DF2RAW_RECORDER_NOT_SUPPORTED = 0xC0AA0610;

  /**
   * Error 0x80AA0900: the recorder is still erasing; it cannot be set or cleared until the erase
   * ends.
   *
   * <p>Like the erase codes up to {@link #E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND}, it starts
   * {@code 0x80AA}, not {@code 0xC0AA}.
   */
  public static final @ImapiHResult int E_IMAPI_ERASE_RECORDER_IN_USE = 0x80AA0900;

  /**
   * Error 0x80AA0901: an erase object takes one recorder; clear the current one before setting
   * another.
   */
  public static final @ImapiHResult int E_IMAPI_ERASE_ONLY_ONE_RECORDER_SUPPORTED = 0x80AA0901;

  /** Error 0x80AA0902: the drive returned less READ DISC INFORMATION data than erasing needs. */
  public static final @ImapiHResult int E_IMAPI_ERASE_DISC_INFORMATION_TOO_SMALL = 0x80AA0902;

  /** Error 0x80AA0903: the drive returned less MODE SENSE page 0x2A data than erasing needs. */
  public static final @ImapiHResult int E_IMAPI_ERASE_MODE_PAGE_2A_TOO_SMALL = 0x80AA0903;

  /** Error 0x80AA0904: the drive says the disc cannot be erased. */
  public static final @ImapiHResult int E_IMAPI_ERASE_MEDIA_IS_NOT_ERASABLE = 0x80AA0904;

  /** Error 0x80AA0905: the drive failed the erase command. */
  public static final @ImapiHResult int E_IMAPI_ERASE_DRIVE_FAILED_ERASE_COMMAND = 0x80AA0905;

  /** Error 0x80AA0906: the erase had not finished after an hour; the drive may need attention. */
  public static final @ImapiHResult int E_IMAPI_ERASE_TOOK_LONGER_THAN_ONE_HOUR = 0x80AA0906;

  /**
   * Error 0x80AA0907: the drive reported an unexpected error while erasing; the state of the disc
   * is unknown.
   */
  public static final @ImapiHResult int E_IMAPI_ERASE_UNEXPECTED_DRIVE_RESPONSE_DURING_ERASE =
      0x80AA0907;

  /** Error 0x80AA0908: the drive failed to spin the disc up (START UNIT). */
  public static final @ImapiHResult int E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND = 0x80AA0908;

  /**
   * Error 0xC0AA0909: this type of disc cannot be erased.
   *
   * <p>Unlike the erase codes before it ({@code 0x80AA0900} to {@code 0x80AA0908}), it starts
   * {@code 0xC0AA}. {@code EraseMedia} returns it for a disc that is not rewritable.
   */
  public static final @ImapiHResult int E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED = 0xC0AA0909;

  /** Error 0xC0AA090A: the drive cannot perform the operations that erasing needs. */
  public static final @ImapiHResult int E_IMAPI_ERASE_RECORDER_NOT_SUPPORTED = 0xC0AA090A;

  /** Error 0xC0AA090B: the client name given to the erase object is not valid. */
  public static final @ImapiHResult int E_IMAPI_ERASE_CLIENT_NAME_IS_NOT_VALID = 0xC0AA090B;

  /**
   * Error 0x80AA0A00: the raw image cannot change any more once CreateResultImage has been called.
   *
   * <p>Like the other raw-image errors, it starts {@code 0x80AA}, not {@code 0xC0AA}.
   */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_IS_READ_ONLY = 0x80AA0A00;

  /** Error 0x80AA0A01: the raw image already has the most tracks a CD allows (numbers 1 to 99). */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_TOO_MANY_TRACKS = 0x80AA0A01;

  /** Error 0x80AA0A02: the requested sector type is not supported. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_SECTOR_TYPE_NOT_SUPPORTED = 0x80AA0A02;

  /** Error 0x80AA0A03: this needs at least one track in the raw image. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_NO_TRACKS = 0x80AA0A03;

  /** Error 0x80AA0A04: this has to be done before any track is added. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_TRACKS_ALREADY_ADDED = 0x80AA0A04;

  /** Error 0x80AA0A05: the track would move the start of the lead-out beyond its limit. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_INSUFFICIENT_SPACE = 0x80AA0A05;

  /** Error 0x80AA0A06: the track would have more than 99 indexes. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_TOO_MANY_TRACK_INDEXES = 0x80AA0A06;

  /** Error 0x80AA0A07: the track has no index at that LBA offset. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_TRACK_INDEX_NOT_FOUND = 0x80AA0A07;

  /**
   * Success 0x00AA0A08: the call succeeded, but the track already had an index at that LBA offset.
   */
  public static final @ImapiHResult int S_IMAPI_RAW_IMAGE_TRACK_INDEX_ALREADY_EXISTS = 0x00AA0A08;

  /** Error 0x80AA0A09: index 1, at offset zero, cannot be removed. */
  public static final @ImapiHResult int
      E_IMAPI_RAW_IMAGE_TRACK_INDEX_OFFSET_ZERO_CANNOT_BE_CLEARED = 0x80AA0A09;

  /** Error 0x80AA0A0A: indexes have to be ten sectors apart or more. */
  public static final @ImapiHResult int E_IMAPI_RAW_IMAGE_TRACK_INDEX_TOO_CLOSE_TO_OTHER_INDEX =
      0x80AA0A0A;

  private Imapi2Error() {}

  /**
   * The symbolic name of {@code hr}, as {@code imapi2error.h} spells it ({@code
   * "E_IMAPI_REQUEST_CANCELLED"}), or, for a value that is not one of the constants of this class,
   * its hexadecimal form ({@code "0xC0AA0001"}).
   *
   * @param hr an HRESULT
   * @return the constant's name, or {@code 0x} and eight upper-case hexadecimal digits
   */
  public static String nameOf(@ImapiHResult int hr) {
    return Table.CODES.nameOf(hr);
  }

  /**
   * One line saying what {@code hr} means, for messages and logs: {@code "the request was cancelled
   * before it finished"}. For a value that is not one of the constants of this class, it says so
   * and gives the value in hexadecimal.
   *
   * @param hr an HRESULT
   * @return a lower-case sentence fragment without a final full stop
   */
  public static String describe(@ImapiHResult int hr) {
    return Table.CODES.describe(hr);
  }

  /**
   * The names and meanings of the constants above, built when {@link #nameOf} or {@link #describe}
   * is first called: the names from the constants themselves, the meanings from one row per code. A
   * new code is its constant and its row.
   */
  private static final class Table {
    static final CodeTable CODES =
        new CodeTable(
            Imapi2Error.class,
            E_IMAPI_REQUEST_CANCELLED,
            "the request was cancelled before it finished",
            E_IMAPI_RECORDER_REQUIRED,
            "no recorder has been chosen for this object yet",
            S_IMAPI_SPEEDADJUSTED,
            "the call succeeded, but the drive does not support the requested write speed and chose another",
            S_IMAPI_ROTATIONADJUSTED,
            "the call succeeded, but the drive does not support the requested rotation type and chose another",
            S_IMAPI_BOTHADJUSTED,
            "the call succeeded, but the drive chose another write speed and another rotation type than requested",
            E_IMAPI_BURN_VERIFICATION_FAILED,
            "the written disc did not pass verification; its contents may be damaged or unreadable",
            S_IMAPI_COMMAND_HAS_SENSE_DATA,
            "the device failed the command and returned sense data saying why, although the code is a success",
            E_IMAPI_RECORDER_NO_SUCH_MODE_PAGE,
            "the device has no mode page of the requested number and type",
            E_IMAPI_RECORDER_MEDIA_NO_MEDIA,
            "there is no disc in the drive",
            E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE,
            "the disc in the drive is of a type or physical format the drive cannot use",
            E_IMAPI_RECORDER_MEDIA_UPSIDE_DOWN,
            "the disc is in the drive upside down",
            E_IMAPI_RECORDER_MEDIA_BECOMING_READY,
            "the drive is not ready yet; try again shortly",
            E_IMAPI_RECORDER_MEDIA_FORMAT_IN_PROGRESS,
            "the disc is being formatted; wait until formatting ends",
            E_IMAPI_RECORDER_MEDIA_BUSY,
            "the drive is occupied by a long operation, such as closing a write",
            E_IMAPI_RECORDER_INVALID_MODE_PARAMETERS,
            "the drive refused the combination of values in a MODE SELECT page",
            E_IMAPI_RECORDER_MEDIA_WRITE_PROTECTED,
            "the drive says the disc is write-protected",
            E_IMAPI_RECORDER_NO_SUCH_FEATURE,
            "the device does not support the requested feature page",
            E_IMAPI_RECORDER_FEATURE_IS_NOT_CURRENT,
            "the device supports the requested feature page, but it is not current",
            E_IMAPI_RECORDER_GET_CONFIGURATION_NOT_SUPPORTED,
            "the drive does not implement the GET CONFIGURATION command",
            E_IMAPI_RECORDER_COMMAND_TIMEOUT,
            "the device did not take the command before the timeout ran out",
            E_IMAPI_RECORDER_DVD_STRUCTURE_NOT_PRESENT,
            "the requested DVD structure is missing, probably because drive and disc do not match",
            E_IMAPI_RECORDER_MEDIA_SPEED_MISMATCH,
            "the disc's speed is outside the range the drive supports",
            E_IMAPI_RECORDER_LOCKED,
            "another client holds exclusive access to the drive",
            E_IMAPI_RECORDER_CLIENT_NAME_IS_NOT_VALID,
            "the client name given to the recorder is not valid",
            E_IMAPI_RECORDER_MEDIA_NOT_FORMATTED,
            "the disc has to be formatted before it can be used",
            E_IMAPI_RECORDER_INVALID_RESPONSE_FROM_DEVICE,
            "the device answered a command with unexpected or malformed data",
            E_IMAPI_LOSS_OF_STREAMING,
            "the write failed because data did not reach the drive in time (buffer under-run)",
            E_IMAPI_UNEXPECTED_RESPONSE_FROM_DEVICE,
            "the write failed because the drive reported an unrecoverable error",
            S_IMAPI_WRITE_NOT_IN_PROGRESS,
            "no write is running",
            E_IMAPI_DF2DATA_WRITE_IN_PROGRESS,
            "a data write is running already",
            E_IMAPI_DF2DATA_WRITE_NOT_IN_PROGRESS,
            "no data write is running",
            E_IMAPI_DF2DATA_INVALID_MEDIA_STATE,
            "the operation needs a supported disc in a suitable state",
            E_IMAPI_DF2DATA_STREAM_NOT_SUPPORTED,
            "the data stream given to the writer cannot be used",
            E_IMAPI_DF2DATA_STREAM_TOO_LARGE_FOR_CURRENT_MEDIA,
            "the data stream is larger than the disc in the drive can hold",
            E_IMAPI_DF2DATA_MEDIA_NOT_BLANK,
            "the disc is not blank, and overwriting it was not allowed (ForceOverwrite)",
            E_IMAPI_DF2DATA_MEDIA_IS_NOT_SUPPORTED,
            "data cannot be written to this type of disc",
            E_IMAPI_DF2DATA_RECORDER_NOT_SUPPORTED,
            "the drive cannot perform the operations that writing data needs",
            E_IMAPI_DF2DATA_CLIENT_NAME_IS_NOT_VALID,
            "the client name given to the data writer is not valid",
            E_IMAPI_DF2TAO_WRITE_IN_PROGRESS,
            "a track-at-once write is running already",
            E_IMAPI_DF2TAO_WRITE_NOT_IN_PROGRESS,
            "no track-at-once write is running",
            E_IMAPI_DF2TAO_MEDIA_IS_NOT_PREPARED,
            "the disc has to be prepared (PrepareMedia) first",
            E_IMAPI_DF2TAO_MEDIA_IS_PREPARED,
            "this cannot be done between preparing the disc and releasing it",
            E_IMAPI_DF2TAO_PROPERTY_FOR_BLANK_MEDIA_ONLY,
            "this property cannot be changed once the disc has been written to",
            E_IMAPI_DF2TAO_TABLE_OF_CONTENTS_EMPTY_DISC,
            "an empty disc has no table of contents to read",
            E_IMAPI_DF2TAO_MEDIA_IS_NOT_BLANK,
            "track-at-once writing needs a blank CD-R or CD-RW",
            E_IMAPI_DF2TAO_MEDIA_IS_NOT_SUPPORTED,
            "track-at-once writing cannot use this type of disc; it needs a blank CD-R or CD-RW",
            E_IMAPI_DF2TAO_TRACK_LIMIT_REACHED,
            "the disc already has the most audio tracks a CD allows (99)",
            E_IMAPI_DF2TAO_NOT_ENOUGH_SPACE,
            "the audio track does not fit in the space left on the disc",
            E_IMAPI_DF2TAO_NO_RECORDER_SPECIFIED,
            "no recorder was chosen before the disc was prepared",
            E_IMAPI_DF2TAO_INVALID_ISRC,
            "the ISRC (International Standard Recording Code) is not valid",
            E_IMAPI_DF2TAO_INVALID_MCN,
            "the media catalog number is not valid",
            E_IMAPI_DF2TAO_STREAM_NOT_SUPPORTED,
            "the audio stream cannot be used",
            E_IMAPI_DF2TAO_RECORDER_NOT_SUPPORTED,
            "the drive cannot perform the operations that track-at-once writing needs",
            E_IMAPI_DF2TAO_CLIENT_NAME_IS_NOT_VALID,
            "the client name given to the track-at-once writer is not valid",
            E_IMAPI_DF2RAW_WRITE_IN_PROGRESS,
            "a raw (disc-at-once) CD write is running already",
            E_IMAPI_DF2RAW_WRITE_NOT_IN_PROGRESS,
            "no raw CD write is running",
            E_IMAPI_DF2RAW_MEDIA_IS_NOT_PREPARED,
            "the disc has to be prepared (PrepareMedia) before a raw write",
            E_IMAPI_DF2RAW_MEDIA_IS_PREPARED,
            "this cannot be done between preparing the disc for a raw write and releasing it",
            E_IMAPI_DF2RAW_CLIENT_NAME_IS_NOT_VALID,
            "the client name given to the raw CD writer is not valid",
            E_IMAPI_DF2RAW_MEDIA_IS_NOT_BLANK,
            "raw CD writing needs a blank CD-R or CD-RW",
            E_IMAPI_DF2RAW_MEDIA_IS_NOT_SUPPORTED,
            "raw CD writing cannot use this type of disc; it needs a blank CD-R or CD-RW",
            E_IMAPI_DF2RAW_NOT_ENOUGH_SPACE,
            "the session does not fit in the space on the disc",
            E_IMAPI_DF2RAW_NO_RECORDER_SPECIFIED,
            "no recorder was chosen before the disc was prepared for a raw write",
            E_IMAPI_DF2RAW_STREAM_NOT_SUPPORTED,
            "the raw stream cannot be used",
            E_IMAPI_DF2RAW_DATA_BLOCK_TYPE_NOT_SUPPORTED,
            "the drive does not support the requested data block type",
            E_IMAPI_DF2RAW_STREAM_LEADIN_TOO_SHORT,
            "the stream's lead-in has fewer sectors than this disc needs",
            E_IMAPI_DF2RAW_RECORDER_NOT_SUPPORTED,
            "the drive cannot perform the operations that raw CD writing needs",
            E_IMAPI_ERASE_RECORDER_IN_USE,
            "the recorder is still erasing; it cannot be set or cleared until the erase ends",
            E_IMAPI_ERASE_ONLY_ONE_RECORDER_SUPPORTED,
            "an erase object takes one recorder; clear the current one before setting another",
            E_IMAPI_ERASE_DISC_INFORMATION_TOO_SMALL,
            "the drive returned less READ DISC INFORMATION data than erasing needs",
            E_IMAPI_ERASE_MODE_PAGE_2A_TOO_SMALL,
            "the drive returned less MODE SENSE page 0x2A data than erasing needs",
            E_IMAPI_ERASE_MEDIA_IS_NOT_ERASABLE,
            "the drive says the disc cannot be erased",
            E_IMAPI_ERASE_DRIVE_FAILED_ERASE_COMMAND,
            "the drive failed the erase command",
            E_IMAPI_ERASE_TOOK_LONGER_THAN_ONE_HOUR,
            "the erase had not finished after an hour; the drive may need attention",
            E_IMAPI_ERASE_UNEXPECTED_DRIVE_RESPONSE_DURING_ERASE,
            "the drive reported an unexpected error while erasing; the state of the disc is unknown",
            E_IMAPI_ERASE_DRIVE_FAILED_SPINUP_COMMAND,
            "the drive failed to spin the disc up (START UNIT)",
            E_IMAPI_ERASE_MEDIA_IS_NOT_SUPPORTED,
            "this type of disc cannot be erased",
            E_IMAPI_ERASE_RECORDER_NOT_SUPPORTED,
            "the drive cannot perform the operations that erasing needs",
            E_IMAPI_ERASE_CLIENT_NAME_IS_NOT_VALID,
            "the client name given to the erase object is not valid",
            E_IMAPI_RAW_IMAGE_IS_READ_ONLY,
            "the raw image cannot change any more once CreateResultImage has been called",
            E_IMAPI_RAW_IMAGE_TOO_MANY_TRACKS,
            "the raw image already has the most tracks a CD allows (numbers 1 to 99)",
            E_IMAPI_RAW_IMAGE_SECTOR_TYPE_NOT_SUPPORTED,
            "the requested sector type is not supported",
            E_IMAPI_RAW_IMAGE_NO_TRACKS,
            "this needs at least one track in the raw image",
            E_IMAPI_RAW_IMAGE_TRACKS_ALREADY_ADDED,
            "this has to be done before any track is added",
            E_IMAPI_RAW_IMAGE_INSUFFICIENT_SPACE,
            "the track would move the start of the lead-out beyond its limit",
            E_IMAPI_RAW_IMAGE_TOO_MANY_TRACK_INDEXES,
            "the track would have more than 99 indexes",
            E_IMAPI_RAW_IMAGE_TRACK_INDEX_NOT_FOUND,
            "the track has no index at that LBA offset",
            S_IMAPI_RAW_IMAGE_TRACK_INDEX_ALREADY_EXISTS,
            "the call succeeded, but the track already had an index at that LBA offset",
            E_IMAPI_RAW_IMAGE_TRACK_INDEX_OFFSET_ZERO_CANNOT_BE_CLEARED,
            "index 1, at offset zero, cannot be removed",
            E_IMAPI_RAW_IMAGE_TRACK_INDEX_TOO_CLOSE_TO_OTHER_INDEX,
            "indexes have to be ten sectors apart or more");

    private Table() {}
  }
}
