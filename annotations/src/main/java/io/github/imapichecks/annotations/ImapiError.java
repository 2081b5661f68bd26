package io.github.imapichecks.annotations;

/**
 * The HRESULT codes that calls to the Windows IMAPI (v1) disc-burning interfaces return, as Java
 * sees them: signed 32-bit {@code int}s, so every error is negative and every success is zero or
 * positive.
 *
 * <p>The IMAPI codes are named exactly as in the Windows SDK header {@code Imapierror.h}, including
 * its spelling {@link #IMAPI_S_BUFFER_TO_SMALL} (with "TO") and {@link
 * #IMAPI_E_BOOTIMAGE_AND_NONBLANK_DISC}, which is in the header but not in the documentation. The
 * generic COM codes that IMAPI methods also return ({@link #S_OK}, {@link #E_FAIL}, {@link
 * #E_INVALIDARG}, ...) are here too, so that one static import covers an IMAPI v1 client. The codes
 * of IMAPI v2 ({@code IDiscMaster2}, {@code IDiscFormat2Data}, ...) are in {@link Imapi2Error}, and
 * those of its file-system images ({@code IFileSystemImage}, ...) in {@link Imapi2FsError}. The
 * three classes share no constant's name, so that a file may import all three statically; each has
 * its own {@link #nameOf(int)} and {@link #describe(int)}, for its own codes, best called through
 * the class ({@code ImapiError.nameOf(hr)}).
 *
 * <p>Decide success with {@link #succeeded(int)} and failure with {@link #failed(int)}, never with
 * {@code == S_OK}: {@link #S_FALSE}, {@link #IMAPI_S_PROPERTIESIGNORED} and {@link
 * #IMAPI_S_BUFFER_TO_SMALL} are successes too. These tests, and {@link #isSuccessWithInfo(int)},
 * read the severity bit alone and serve every IMAPI API: v1, v2 and IMAPI2FS. One v2 success needs
 * more than them: {@link Imapi2Error#S_IMAPI_COMMAND_HAS_SENSE_DATA} reports that the device failed
 * the command.
 *
 * <p>The IMAPI codes are interface-specific ({@code FACILITY_ITF}): the same number means something
 * else when another COM interface returns it. Compare them only with results of IMAPI calls.
 */
public final class ImapiError {
  /** Success 0x00000000: the call succeeded. */
  public static final @ImapiHResult int S_OK = 0x00000000;

  /**
   * Success 0x00000001: the call succeeded with a negative or false outcome; it is not a failure.
   */
  public static final @ImapiHResult int S_FALSE = 0x00000001;

  /**
   * Error 0x80004001: the method is not implemented (progress callbacks an application ignores
   * return this).
   */
  public static final @ImapiHResult int E_NOTIMPL = 0x80004001;

  /** Error 0x80004002: the object does not support the requested interface. */
  public static final @ImapiHResult int E_NOINTERFACE = 0x80004002;

  /** Error 0x80004003: a required pointer argument was null or invalid. */
  public static final @ImapiHResult int E_POINTER = 0x80004003;

  /** Error 0x80004004: the operation was aborted. */
  public static final @ImapiHResult int E_ABORT = 0x80004004;

  /** Error 0x80004005: unspecified failure. */
  public static final @ImapiHResult int E_FAIL = 0x80004005;

  /** Error 0x8000FFFF: catastrophic or unexpected failure. */
  public static final @ImapiHResult int E_UNEXPECTED = 0x8000FFFF;

  /** Error 0x80070005: access was denied. */
  public static final @ImapiHResult int E_ACCESSDENIED = 0x80070005;

  /** Error 0x80070006: a handle was not valid. */
  public static final @ImapiHResult int E_HANDLE = 0x80070006;

  /** Error 0x8007000E: the call ran out of memory. */
  public static final @ImapiHResult int E_OUTOFMEMORY = 0x8007000E;

  /** Error 0x80070057: one or more arguments were not valid. */
  public static final @ImapiHResult int E_INVALIDARG = 0x80070057;

  /**
   * Success 0x00040200: the call succeeded, but some properties were unknown or read-only and were
   * not applied.
   */
  public static final @ImapiHResult int IMAPI_S_PROPERTIESIGNORED = 0x00040200;

  /**
   * Success 0x00040201: the call succeeded, but the caller's buffer is smaller than the data
   * available.
   */
  public static final @ImapiHResult int IMAPI_S_BUFFER_TO_SMALL = 0x00040201;

  /** Error 0x8004020B: IDiscMaster.Open has not been called yet. */
  public static final @ImapiHResult int IMAPI_E_NOTOPENED = 0x8004020B;

  /** Error 0x8004020C: the recorder is not yet bound to a device. */
  public static final @ImapiHResult int IMAPI_E_NOTINITIALIZED = 0x8004020C;

  /** Error 0x8004020D: the user cancelled the operation. */
  public static final @ImapiHResult int IMAPI_E_USERABORT = 0x8004020D;

  /** Error 0x8004020E: unspecified IMAPI failure. */
  public static final @ImapiHResult int IMAPI_E_GENERIC = 0x8004020E;

  /** Error 0x8004020F: there is no disc in the drive. */
  public static final @ImapiHResult int IMAPI_E_MEDIUM_NOTPRESENT = 0x8004020F;

  /** Error 0x80040210: the disc in the drive cannot be used for this operation. */
  public static final @ImapiHResult int IMAPI_E_MEDIUM_INVALIDTYPE = 0x80040210;

  /** Error 0x80040211: the recorder has no properties. */
  public static final @ImapiHResult int IMAPI_E_DEVICE_NOPROPERTIES = 0x80040211;

  /** Error 0x80040212: the recorder cannot be used now, or another client has reserved it. */
  public static final @ImapiHResult int IMAPI_E_DEVICE_NOTACCESSIBLE = 0x80040212;

  /** Error 0x80040213: the recorder is missing or was removed. */
  public static final @ImapiHResult int IMAPI_E_DEVICE_NOTPRESENT = 0x80040213;

  /** Error 0x80040214: the recorder cannot perform this operation. */
  public static final @ImapiHResult int IMAPI_E_DEVICE_INVALIDTYPE = 0x80040214;

  /** Error 0x80040215: the drive could not be prepared for writing. */
  public static final @ImapiHResult int IMAPI_E_INITIALIZE_WRITE = 0x80040215;

  /** Error 0x80040216: the drive could not be prepared to finish writing. */
  public static final @ImapiHResult int IMAPI_E_INITIALIZE_ENDWRITE = 0x80040216;

  /** Error 0x80040217: switching file-system access or detecting the disc failed. */
  public static final @ImapiHResult int IMAPI_E_FILESYSTEM = 0x80040217;

  /** Error 0x80040218: writing the staging image failed. */
  public static final @ImapiHResult int IMAPI_E_FILEACCESS = 0x80040218;

  /** Error 0x80040219: reading information about the disc failed. */
  public static final @ImapiHResult int IMAPI_E_DISCINFO = 0x80040219;

  /** Error 0x8004021A: no audio track is open. */
  public static final @ImapiHResult int IMAPI_E_TRACKNOTOPEN = 0x8004021A;

  /** Error 0x8004021B: an audio track is still open. */
  public static final @ImapiHResult int IMAPI_E_TRACKOPEN = 0x8004021B;

  /** Error 0x8004021C: the disc has no room for more data. */
  public static final @ImapiHResult int IMAPI_E_DISCFULL = 0x8004021C;

  /** Error 0x8004021D: a name is not valid in the Joliet file system. */
  public static final @ImapiHResult int IMAPI_E_BADJOLIETNAME = 0x8004021D;

  /** Error 0x8004021E: the staged image is empty or damaged and cannot be burned. */
  public static final @ImapiHResult int IMAPI_E_INVALIDIMAGE = 0x8004021E;

  /** Error 0x8004021F: no mastering format has been chosen. */
  public static final @ImapiHResult int IMAPI_E_NOACTIVEFORMAT = 0x8004021F;

  /** Error 0x80040220: no recorder has been chosen. */
  public static final @ImapiHResult int IMAPI_E_NOACTIVERECORDER = 0x80040220;

  /** Error 0x80040221: the call belongs to a mastering format other than the active one. */
  public static final @ImapiHResult int IMAPI_E_WRONGFORMAT = 0x80040221;

  /** Error 0x80040222: IDiscMaster.Open was already called; the object is open and usable. */
  public static final @ImapiHResult int IMAPI_E_ALREADYOPEN = 0x80040222;

  /** Error 0x80040223: the disc detected earlier is no longer in the recorder. */
  public static final @ImapiHResult int IMAPI_E_WRONGDISC = 0x80040223;

  /** Error 0x80040224: a file of that name is already staged and overwriting was not requested. */
  public static final @ImapiHResult int IMAPI_E_FILEEXISTS = 0x80040224;

  /** Error 0x80040225: another application holds the staging file; try again later. */
  public static final @ImapiHResult int IMAPI_E_STASHINUSE = 0x80040225;

  /** Error 0x80040226: another application is using the recorder. */
  public static final @ImapiHResult int IMAPI_E_DEVICE_STILL_IN_USE = 0x80040226;

  /** Error 0x80040227: the data stream to the drive was interrupted (buffer under-run). */
  public static final @ImapiHResult int IMAPI_E_LOSS_OF_STREAMING = 0x80040227;

  /** Error 0x80040228: the staging file would be on a compressed volume. */
  public static final @ImapiHResult int IMAPI_E_COMPRESSEDSTASH = 0x80040228;

  /** Error 0x80040229: the staging file would be on an encrypted volume. */
  public static final @ImapiHResult int IMAPI_E_ENCRYPTEDSTASH = 0x80040229;

  /** Error 0x8004022A: there is not enough free space for the staging file. */
  public static final @ImapiHResult int IMAPI_E_NOTENOUGHDISKFORSTASH = 0x8004022A;

  /** Error 0x8004022B: the staging file would be on removable media. */
  public static final @ImapiHResult int IMAPI_E_REMOVABLESTASH = 0x8004022B;

  /** Error 0x8004022C: the disc cannot be written to. */
  public static final @ImapiHResult int IMAPI_E_CANNOT_WRITE_TO_MEDIA = 0x8004022C;

  /** Error 0x8004022D: the track is too short. */
  public static final @ImapiHResult int IMAPI_E_TRACK_NOT_BIG_ENOUGH = 0x8004022D;

  /** Error 0x8004022E: a boot image was asked for on a disc that is not blank. */
  public static final @ImapiHResult int IMAPI_E_BOOTIMAGE_AND_NONBLANK_DISC = 0x8004022E;

  private ImapiError() {}

  /**
   * Whether {@code hr} reports success, as the Windows {@code SUCCEEDED} macro decides it: {@code
   * hr >= 0}. True for {@link #S_OK}, {@link #S_FALSE} and every success-with-information code of
   * every IMAPI API, {@link Imapi2Error#S_IMAPI_SPEEDADJUSTED} and {@link
   * Imapi2FsError#IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED} among them. Also true for {@link
   * Imapi2Error#S_IMAPI_COMMAND_HAS_SENSE_DATA}, with which a device reports that it failed the
   * command: after {@code SendCommand*}, test that code too.
   *
   * @param hr an HRESULT
   * @return {@code true} if the severity bit of {@code hr} is clear
   */
  public static boolean succeeded(@ImapiHResult int hr) {
    return hr >= 0;
  }

  /**
   * Whether {@code hr} reports failure, as the Windows {@code FAILED} macro decides it: {@code hr <
   * 0}.
   *
   * @param hr an HRESULT
   * @return {@code true} if the severity bit of {@code hr} is set
   */
  public static boolean failed(@ImapiHResult int hr) {
    return hr < 0;
  }

  /**
   * Whether {@code hr} is a success that carries information: any success other than {@link #S_OK},
   * such as {@link #S_FALSE} or {@link #IMAPI_S_PROPERTIESIGNORED}. Code that tests {@code hr ==
   * S_OK} for success treats exactly these values as failures.
   *
   * @param hr an HRESULT
   * @return {@code true} if {@code hr} succeeded and is not {@code S_OK}
   */
  public static boolean isSuccessWithInfo(@ImapiHResult int hr) {
    return hr > 0;
  }

  /**
   * The symbolic name of {@code hr}, as the header spells it ({@code "IMAPI_E_DISCFULL"}), or, for
   * a value that is not one of the constants of this class, its hexadecimal form ({@code
   * "0x8004020A"}).
   *
   * @param hr an HRESULT
   * @return the constant's name, or {@code 0x} and eight upper-case hexadecimal digits
   */
  public static String nameOf(@ImapiHResult int hr) {
    return Table.CODES.nameOf(hr);
  }

  /**
   * One line saying what {@code hr} means, for messages and logs: {@code "the disc has no room for
   * more data"}. For a value that is not one of the constants of this class, it says so and gives
   * the value in hexadecimal.
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
            ImapiError.class,
            S_OK,
            "the call succeeded",
            S_FALSE,
            "the call succeeded with a negative or false outcome; it is not a failure",
            E_NOTIMPL,
            "the method is not implemented (progress callbacks an application ignores return this)",
            E_NOINTERFACE,
            "the object does not support the requested interface",
            E_POINTER,
            "a required pointer argument was null or invalid",
            E_ABORT,
            "the operation was aborted",
            E_FAIL,
            "unspecified failure",
            E_UNEXPECTED,
            "catastrophic or unexpected failure",
            E_ACCESSDENIED,
            "access was denied",
            E_HANDLE,
            "a handle was not valid",
            E_OUTOFMEMORY,
            "the call ran out of memory",
            E_INVALIDARG,
            "one or more arguments were not valid",
            IMAPI_S_PROPERTIESIGNORED,
            "the call succeeded, but some properties were unknown or read-only and were not applied",
            IMAPI_S_BUFFER_TO_SMALL,
            "the call succeeded, but the caller's buffer is smaller than the data available",
            IMAPI_E_NOTOPENED,
            "IDiscMaster.Open has not been called yet",
            IMAPI_E_NOTINITIALIZED,
            "the recorder is not yet bound to a device",
            IMAPI_E_USERABORT,
            "the user cancelled the operation",
            IMAPI_E_GENERIC,
            "unspecified IMAPI failure",
            IMAPI_E_MEDIUM_NOTPRESENT,
            "there is no disc in the drive",
            IMAPI_E_MEDIUM_INVALIDTYPE,
            "the disc in the drive cannot be used for this operation",
            IMAPI_E_DEVICE_NOPROPERTIES,
            "the recorder has no properties",
            IMAPI_E_DEVICE_NOTACCESSIBLE,
            "the recorder cannot be used now, or another client has reserved it",
            IMAPI_E_DEVICE_NOTPRESENT,
            "the recorder is missing or was removed",
            IMAPI_E_DEVICE_INVALIDTYPE,
            "the recorder cannot perform this operation",
            IMAPI_E_INITIALIZE_WRITE,
            "the drive could not be prepared for writing",
            IMAPI_E_INITIALIZE_ENDWRITE,
            "the drive could not be prepared to finish writing",
            IMAPI_E_FILESYSTEM,
            "switching file-system access or detecting the disc failed",
            IMAPI_E_FILEACCESS,
            "writing the staging image failed",
            IMAPI_E_DISCINFO,
            "reading information about the disc failed",
            IMAPI_E_TRACKNOTOPEN,
            "no audio track is open",
            IMAPI_E_TRACKOPEN,
            "an audio track is still open",
            IMAPI_E_DISCFULL,
            "the disc has no room for more data",
            IMAPI_E_BADJOLIETNAME,
            "a name is not valid in the Joliet file system",
            IMAPI_E_INVALIDIMAGE,
            "the staged image is empty or damaged and cannot be burned",
            IMAPI_E_NOACTIVEFORMAT,
            "no mastering format has been chosen",
            IMAPI_E_NOACTIVERECORDER,
            "no recorder has been chosen",
            IMAPI_E_WRONGFORMAT,
            "the call belongs to a mastering format other than the active one",
            IMAPI_E_ALREADYOPEN,
            "IDiscMaster.Open was already called; the object is open and usable",
            IMAPI_E_WRONGDISC,
            "the disc detected earlier is no longer in the recorder",
            IMAPI_E_FILEEXISTS,
            "a file of that name is already staged and overwriting was not requested",
            IMAPI_E_STASHINUSE,
            "another application holds the staging file; try again later",
            IMAPI_E_DEVICE_STILL_IN_USE,
            "another application is using the recorder",
            IMAPI_E_LOSS_OF_STREAMING,
            "the data stream to the drive was interrupted (buffer under-run)",
            IMAPI_E_COMPRESSEDSTASH,
            "the staging file would be on a compressed volume",
            IMAPI_E_ENCRYPTEDSTASH,
            "the staging file would be on an encrypted volume",
            IMAPI_E_NOTENOUGHDISKFORSTASH,
            "there is not enough free space for the staging file",
            IMAPI_E_REMOVABLESTASH,
            "the staging file would be on removable media",
            IMAPI_E_CANNOT_WRITE_TO_MEDIA,
            "the disc cannot be written to",
            IMAPI_E_TRACK_NOT_BIG_ENOUGH,
            "the track is too short",
            IMAPI_E_BOOTIMAGE_AND_NONBLANK_DISC,
            "a boot image was asked for on a disc that is not blank");

    private Table() {}
  }
}
