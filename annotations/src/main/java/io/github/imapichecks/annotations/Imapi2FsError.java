package io.github.imapichecks.annotations;

/**
 * The HRESULT codes of the Windows IMAPI v2 file-system image interfaces ({@code IFileSystemImage},
 * {@code IFsiDirectoryItem}, {@code IFsiFileItem}, {@code IFileSystemImageResult}, {@code
 * IBootOptions}, {@code IIsoImageManager}, ...), named exactly as in the Windows SDK header {@code
 * imapi2fserror.h}, as Java sees them: signed 32-bit {@code int}s, so every error is negative and
 * every success is zero or positive.
 *
 * <p>The generic COM codes these interfaces also return ({@link ImapiError#S_OK}, {@link
 * ImapiError#E_OUTOFMEMORY}, ...) are in {@link ImapiError}, and so are the success tests: {@link
 * ImapiError#succeeded(int)}, {@link ImapiError#failed(int)} and {@link
 * ImapiError#isSuccessWithInfo(int)} serve IMAPI2FS as they serve the other IMAPI APIs. The codes
 * of the burning interfaces are in {@link Imapi2Error}. No two of the three classes share a
 * constant's name, so that a file may import all three statically. Call {@link #nameOf(int)} and
 * {@link #describe(int)} through the class, {@code Imapi2FsError.nameOf(hr)}: each of the three has
 * them, for its own codes.
 *
 * <p>The traps:
 *
 * <ul>
 *   <li>The header reuses IMAPI v1's {@code IMAPI_E_} and {@code IMAPI_S_} prefixes, with values
 *       unlike v1's: every code here starts {@code 0xC0AAB} or {@code 0x00AAB} ({@link
 *       #IMAPI_E_INVALID_PARAM} is {@code 0xC0AAB101}), every v1 code {@code 0x8004} or {@code
 *       0x0004} ({@link ImapiError#IMAPI_E_GENERIC} is {@code 0x8004020E}). A v1 constant never
 *       matches the result of an IMAPI2FS call, whatever its name suggests.
 *   <li>These codes belong to the image interfaces. A burning call such as {@code
 *       IDiscFormat2Data.Write} reports its failures with {@link Imapi2Error}'s codes, even when it
 *       burns an image built here (its documentation names no IMAPI2FS code): test its result with
 *       those. The other way round does happen: {@code ChooseImageDefaults}, which asks the drive
 *       about its disc, names {@link Imapi2Error#E_IMAPI_RECORDER_MEDIA_INCOMPATIBLE} among its
 *       results.
 *   <li>{@link #IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED} is a success, which {@code
 *       put_FileSystemsToCreate} returns when the image will be built without a requested feature.
 *       A test {@code hr == S_OK} takes it for a failure.
 * </ul>
 */
public final class Imapi2FsError {
  /** Error 0xC0AAB100: the file-system image failed internally. */
  public static final @ImapiHResult int IMAPI_E_FSI_INTERNAL_ERROR = 0xC0AAB100;

  /** Error 0xC0AAB101: an argument has a value that is not valid. */
  public static final @ImapiHResult int IMAPI_E_INVALID_PARAM = 0xC0AAB101;

  /** Error 0xC0AAB102: the file-system image is read-only. */
  public static final @ImapiHResult int IMAPI_E_READONLY = 0xC0AAB102;

  /** Error 0xC0AAB103: no file system to create has been chosen. */
  public static final @ImapiHResult int IMAPI_E_NO_OUTPUT = 0xC0AAB103;

  /**
   * Error 0xC0AAB104: the volume name is too long or contains characters that are not allowed.
   *
   * <p>The {@code put_VolumeName} page prints {@code 0xC0AAB101} for it, which is {@link
   * #IMAPI_E_INVALID_PARAM}; the header's value is this one.
   */
  public static final @ImapiHResult int IMAPI_E_INVALID_VOLUME_NAME = 0xC0AAB104;

  /**
   * Error 0xC0AAB105: the file dates contradict each other (one is earlier than one it must
   * follow).
   */
  public static final @ImapiHResult int IMAPI_E_INVALID_DATE = 0xC0AAB105;

  /** Error 0xC0AAB106: the file system must be empty for this operation. */
  public static final @ImapiHResult int IMAPI_E_FILE_SYSTEM_NOT_EMPTY = 0xC0AAB106;

  /** Error 0xC0AAB108: the path does not lead to a file. */
  public static final @ImapiHResult int IMAPI_E_NOT_FILE = 0xC0AAB108;

  /** Error 0xC0AAB109: the path does not lead to a directory. */
  public static final @ImapiHResult int IMAPI_E_NOT_DIR = 0xC0AAB109;

  /** Error 0xC0AAB10A: the directory still has contents. */
  public static final @ImapiHResult int IMAPI_E_DIR_NOT_EMPTY = 0xC0AAB10A;

  /** Error 0xC0AAB10B: the item has to be added to the file system first. */
  public static final @ImapiHResult int IMAPI_E_NOT_IN_FILE_SYSTEM = 0xC0AAB10B;

  /** Error 0xC0AAB110: the path is malformed or contains characters that are not allowed. */
  public static final @ImapiHResult int IMAPI_E_INVALID_PATH = 0xC0AAB110;

  /** Error 0xC0AAB111: the name uses characters outside the restricted (ANSI-only) set. */
  public static final @ImapiHResult int IMAPI_E_RESTRICTED_NAME_VIOLATION = 0xC0AAB111;

  /** Error 0xC0AAB112: an item of that name exists already. */
  public static final @ImapiHResult int IMAPI_E_DUP_NAME = 0xC0AAB112;

  /** Error 0xC0AAB113: no unique name could be made for the item in the target file system. */
  public static final @ImapiHResult int IMAPI_E_NO_UNIQUE_NAME = 0xC0AAB113;

  /** Error 0xC0AAB118: the image holds no such item. */
  public static final @ImapiHResult int IMAPI_E_ITEM_NOT_FOUND = 0xC0AAB118;

  /** Error 0xC0AAB119: the image holds no such file. */
  public static final @ImapiHResult int IMAPI_E_FILE_NOT_FOUND = 0xC0AAB119;

  /** Error 0xC0AAB11A: the image holds no such directory. */
  public static final @ImapiHResult int IMAPI_E_DIR_NOT_FOUND = 0xC0AAB11A;

  /**
   * Error 0xC0AAB120: the item does not fit within the image's size limit.
   *
   * <p>{@code AddTree} returns it when the tree does not fit: say so, rather than reporting a read
   * failure.
   */
  public static final @ImapiHResult int IMAPI_E_IMAGE_SIZE_LIMIT = 0xC0AAB120;

  /** Error 0xC0AAB121: the image is estimated to need more blocks than FreeMediaBlocks allows. */
  public static final @ImapiHResult int IMAPI_E_IMAGE_TOO_BIG = 0xC0AAB121;

  /** Error 0xC0AAB128: a file's data stream is not as long as expected. */
  public static final @ImapiHResult int IMAPI_E_DATA_STREAM_INCONSISTENCY = 0xC0AAB128;

  /** Error 0xC0AAB129: a file's data stream could not be read. */
  public static final @ImapiHResult int IMAPI_E_DATA_STREAM_READ_FAILURE = 0xC0AAB129;

  /** Error 0xC0AAB12A: a file's data stream could not be created. */
  public static final @ImapiHResult int IMAPI_E_DATA_STREAM_CREATE_FAILURE = 0xC0AAB12A;

  /** Error 0xC0AAB12B: a source directory could not be listed. */
  public static final @ImapiHResult int IMAPI_E_DIRECTORY_READ_FAILURE = 0xC0AAB12B;

  /** Error 0xC0AAB130: the target file system cannot hold this many directories. */
  public static final @ImapiHResult int IMAPI_E_TOO_MANY_DIRS = 0xC0AAB130;

  /** Error 0xC0AAB131: ISO 9660 allows no more than 8 levels of directories. */
  public static final @ImapiHResult int IMAPI_E_ISO9660_LEVELS = 0xC0AAB131;

  /** Error 0xC0AAB132: a file is larger than the target file system allows. */
  public static final @ImapiHResult int IMAPI_E_DATA_TOO_BIG = 0xC0AAB132;

  /** Error 0xC0AAB133: the imported previous session is laid out in an incompatible way. */
  public static final @ImapiHResult int IMAPI_E_INCOMPATIBLE_PREVIOUS_SESSION = 0xC0AAB133;

  /** Error 0xC0AAB138: the stash file could not be set up. */
  public static final @ImapiHResult int IMAPI_E_STASHFILE_OPEN_FAILURE = 0xC0AAB138;

  /** Error 0xC0AAB139: seeking in the stash file failed. */
  public static final @ImapiHResult int IMAPI_E_STASHFILE_SEEK_FAILURE = 0xC0AAB139;

  /** Error 0xC0AAB13A: writing to the stash file failed. */
  public static final @ImapiHResult int IMAPI_E_STASHFILE_WRITE_FAILURE = 0xC0AAB13A;

  /** Error 0xC0AAB13B: reading from the stash file failed. */
  public static final @ImapiHResult int IMAPI_E_STASHFILE_READ_FAILURE = 0xC0AAB13B;

  /** Error 0xC0AAB140: the working directory is not valid. */
  public static final @ImapiHResult int IMAPI_E_INVALID_WORKING_DIRECTORY = 0xC0AAB140;

  /** Error 0xC0AAB141: the working directory has too little free space. */
  public static final @ImapiHResult int IMAPI_E_WORKING_DIRECTORY_SPACE = 0xC0AAB141;

  /** Error 0xC0AAB142: the stash file could not be moved to the new working directory. */
  public static final @ImapiHResult int IMAPI_E_STASHFILE_MOVE = 0xC0AAB142;

  /** Error 0xC0AAB148: the boot image could not be added. */
  public static final @ImapiHResult int IMAPI_E_BOOT_IMAGE_DATA = 0xC0AAB148;

  /** Error 0xC0AAB149: a boot image can only go into the first session's image. */
  public static final @ImapiHResult int IMAPI_E_BOOT_OBJECT_CONFLICT = 0xC0AAB149;

  /** Error 0xC0AAB14A: the boot image's size does not suit its emulation type. */
  public static final @ImapiHResult int IMAPI_E_BOOT_EMULATION_IMAGE_SIZE_MISMATCH = 0xC0AAB14A;

  /** Error 0xC0AAB150: the disc is empty. */
  public static final @ImapiHResult int IMAPI_E_EMPTY_DISC = 0xC0AAB150;

  /** Error 0xC0AAB151: the disc has no file system of a supported kind. */
  public static final @ImapiHResult int IMAPI_E_NO_SUPPORTED_FILE_SYSTEM = 0xC0AAB151;

  /** Error 0xC0AAB152: the disc does not have the requested file system. */
  public static final @ImapiHResult int IMAPI_E_FILE_SYSTEM_NOT_FOUND = 0xC0AAB152;

  /** Error 0xC0AAB153: the file system being imported is inconsistent. */
  public static final @ImapiHResult int IMAPI_E_FILE_SYSTEM_READ_CONSISTENCY_ERROR = 0xC0AAB153;

  /** Error 0xC0AAB154: the disc's file system uses a feature that import does not support. */
  public static final @ImapiHResult int IMAPI_E_FILE_SYSTEM_FEATURE_NOT_SUPPORTED = 0xC0AAB154;

  /**
   * Error 0xC0AAB155: import conflict: a file on the disc has the name of a directory already in
   * the image.
   */
  public static final @ImapiHResult int IMAPI_E_IMPORT_TYPE_COLLISION_FILE_EXISTS_AS_DIRECTORY =
      0xC0AAB155;

  /** Error 0xC0AAB156: seeking on the source disc failed during import. */
  public static final @ImapiHResult int IMAPI_E_IMPORT_SEEK_FAILURE = 0xC0AAB156;

  /** Error 0xC0AAB157: a block of the previous session could not be read during import. */
  public static final @ImapiHResult int IMAPI_E_IMPORT_READ_FAILURE = 0xC0AAB157;

  /** Error 0xC0AAB158: the disc in the drive is not the one the file system was imported from. */
  public static final @ImapiHResult int IMAPI_E_DISC_MISMATCH = 0xC0AAB158;

  /** Error 0xC0AAB159: this type of disc does not allow multiple sessions. */
  public static final @ImapiHResult int IMAPI_E_IMPORT_MEDIA_NOT_ALLOWED = 0xC0AAB159;

  /** Error 0xC0AAB15A: no UDF revision that can add a session to this disc is available. */
  public static final @ImapiHResult int IMAPI_E_UDF_NOT_WRITE_COMPATIBLE = 0xC0AAB15A;

  /** Error 0xC0AAB15B: the requested kind of multi-session is not supported. */
  public static final @ImapiHResult int IMAPI_E_INCOMPATIBLE_MULTISESSION_TYPE = 0xC0AAB15B;

  /** Error 0xC0AAB15C: none of the disc's kinds of multi-session is supported. */
  public static final @ImapiHResult int IMAPI_E_NO_COMPATIBLE_MULTISESSION_TYPE = 0xC0AAB15C;

  /** Error 0xC0AAB15D: MultisessionInterfaces has to be set before this call. */
  public static final @ImapiHResult int IMAPI_E_MULTISESSION_NOT_SET = 0xC0AAB15D;

  /**
   * Error 0xC0AAB15E: import conflict: a directory on the disc has the name of a file already in
   * the image.
   */
  public static final @ImapiHResult int IMAPI_E_IMPORT_TYPE_COLLISION_DIRECTORY_EXISTS_AS_FILE =
      0xC0AAB15E;

  /**
   * Success 0x00AAB15F: the call succeeded, but the chosen file-system revision lacks a requested
   * feature; the image is built without it.
   *
   * <p>{@code put_FileSystemsToCreate} returns it: read {@code FileSystemsToCreate} back to learn
   * which file systems the image will have. A test {@code hr == S_OK} takes it for a failure.
   */
  public static final @ImapiHResult int IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED = 0x00AAB15F;

  /** Error 0xC0AAB160: the property cannot be accessed. */
  public static final @ImapiHResult int IMAPI_E_PROPERTY_NOT_ACCESSIBLE = 0xC0AAB160;

  /** Error 0xC0AAB161: the imported session fixes the UDF revision; it cannot be changed. */
  public static final @ImapiHResult int IMAPI_E_UDF_REVISION_CHANGE_NOT_ALLOWED = 0xC0AAB161;

  /** Error 0xC0AAB162: a multi-session parameter is missing or wrong. */
  public static final @ImapiHResult int IMAPI_E_BAD_MULTISESSION_PARAMETER = 0xC0AAB162;

  /** Error 0xC0AAB163: the file systems to create have to be those of the imported session. */
  public static final @ImapiHResult int IMAPI_E_FILE_SYSTEM_CHANGE_NOT_ALLOWED = 0xC0AAB163;

  /** Error 0xC0AAB200: the ISO image's size is not a multiple of 2048 bytes. */
  public static final @ImapiHResult int IMAPI_E_IMAGEMANAGER_IMAGE_NOT_ALIGNED = 0xC0AAB200;

  /** Error 0xC0AAB201: the ISO image has no valid volume descriptor. */
  public static final @ImapiHResult int IMAPI_E_IMAGEMANAGER_NO_VALID_VD_FOUND = 0xC0AAB201;

  /** Error 0xC0AAB202: no image has been given, neither as a path nor as a stream. */
  public static final @ImapiHResult int IMAPI_E_IMAGEMANAGER_NO_IMAGE = 0xC0AAB202;

  /** Error 0xC0AAB203: the image is larger than MAXLONG sectors. */
  public static final @ImapiHResult int IMAPI_E_IMAGEMANAGER_IMAGE_TOO_BIG = 0xC0AAB203;

  private Imapi2FsError() {}

  /**
   * The symbolic name of {@code hr}, as {@code imapi2fserror.h} spells it ({@code
   * "IMAPI_E_IMAGE_SIZE_LIMIT"}), or, for a value that is not one of the constants of this class,
   * its hexadecimal form ({@code "0xC0AAB107"}).
   *
   * @param hr an HRESULT
   * @return the constant's name, or {@code 0x} and eight upper-case hexadecimal digits
   */
  public static String nameOf(@ImapiHResult int hr) {
    return Table.CODES.nameOf(hr);
  }

  /**
   * One line saying what {@code hr} means, for messages and logs: {@code "the item does not fit
   * within the image's size limit"}. For a value that is not one of the constants of this class, it
   * says so and gives the value in hexadecimal.
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
            Imapi2FsError.class,
            IMAPI_E_FSI_INTERNAL_ERROR,
            "the file-system image failed internally",
            IMAPI_E_INVALID_PARAM,
            "an argument has a value that is not valid",
            IMAPI_E_READONLY,
            "the file-system image is read-only",
            IMAPI_E_NO_OUTPUT,
            "no file system to create has been chosen",
            IMAPI_E_INVALID_VOLUME_NAME,
            "the volume name is too long or contains characters that are not allowed",
            IMAPI_E_INVALID_DATE,
            "the file dates contradict each other (one is earlier than one it must follow)",
            IMAPI_E_FILE_SYSTEM_NOT_EMPTY,
            "the file system must be empty for this operation",
            IMAPI_E_NOT_FILE,
            "the path does not lead to a file",
            IMAPI_E_NOT_DIR,
            "the path does not lead to a directory",
            IMAPI_E_DIR_NOT_EMPTY,
            "the directory still has contents",
            IMAPI_E_NOT_IN_FILE_SYSTEM,
            "the item has to be added to the file system first",
            IMAPI_E_INVALID_PATH,
            "the path is malformed or contains characters that are not allowed",
            IMAPI_E_RESTRICTED_NAME_VIOLATION,
            "the name uses characters outside the restricted (ANSI-only) set",
            IMAPI_E_DUP_NAME,
            "an item of that name exists already",
            IMAPI_E_NO_UNIQUE_NAME,
            "no unique name could be made for the item in the target file system",
            IMAPI_E_ITEM_NOT_FOUND,
            "the image holds no such item",
            IMAPI_E_FILE_NOT_FOUND,
            "the image holds no such file",
            IMAPI_E_DIR_NOT_FOUND,
            "the image holds no such directory",
            IMAPI_E_IMAGE_SIZE_LIMIT,
            "the item does not fit within the image's size limit",
            IMAPI_E_IMAGE_TOO_BIG,
            "the image is estimated to need more blocks than FreeMediaBlocks allows",
            IMAPI_E_DATA_STREAM_INCONSISTENCY,
            "a file's data stream is not as long as expected",
            IMAPI_E_DATA_STREAM_READ_FAILURE,
            "a file's data stream could not be read",
            IMAPI_E_DATA_STREAM_CREATE_FAILURE,
            "a file's data stream could not be created",
            IMAPI_E_DIRECTORY_READ_FAILURE,
            "a source directory could not be listed",
            IMAPI_E_TOO_MANY_DIRS,
            "the target file system cannot hold this many directories",
            IMAPI_E_ISO9660_LEVELS,
            "ISO 9660 allows no more than 8 levels of directories",
            IMAPI_E_DATA_TOO_BIG,
            "a file is larger than the target file system allows",
            IMAPI_E_INCOMPATIBLE_PREVIOUS_SESSION,
            "the imported previous session is laid out in an incompatible way",
            IMAPI_E_STASHFILE_OPEN_FAILURE,
            "the stash file could not be set up",
            IMAPI_E_STASHFILE_SEEK_FAILURE,
            "seeking in the stash file failed",
            IMAPI_E_STASHFILE_WRITE_FAILURE,
            "writing to the stash file failed",
            IMAPI_E_STASHFILE_READ_FAILURE,
            "reading from the stash file failed",
            IMAPI_E_INVALID_WORKING_DIRECTORY,
            "the working directory is not valid",
            IMAPI_E_WORKING_DIRECTORY_SPACE,
            "the working directory has too little free space",
            IMAPI_E_STASHFILE_MOVE,
            "the stash file could not be moved to the new working directory",
            IMAPI_E_BOOT_IMAGE_DATA,
            "the boot image could not be added",
            IMAPI_E_BOOT_OBJECT_CONFLICT,
            "a boot image can only go into the first session's image",
            IMAPI_E_BOOT_EMULATION_IMAGE_SIZE_MISMATCH,
            "the boot image's size does not suit its emulation type",
            IMAPI_E_EMPTY_DISC,
            "the disc is empty",
            IMAPI_E_NO_SUPPORTED_FILE_SYSTEM,
            "the disc has no file system of a supported kind",
            IMAPI_E_FILE_SYSTEM_NOT_FOUND,
            "the disc does not have the requested file system",
            IMAPI_E_FILE_SYSTEM_READ_CONSISTENCY_ERROR,
            "the file system being imported is inconsistent",
            IMAPI_E_FILE_SYSTEM_FEATURE_NOT_SUPPORTED,
            "the disc's file system uses a feature that import does not support",
            IMAPI_E_IMPORT_TYPE_COLLISION_FILE_EXISTS_AS_DIRECTORY,
            "import conflict: a file on the disc has the name of a directory already in the image",
            IMAPI_E_IMPORT_SEEK_FAILURE,
            "seeking on the source disc failed during import",
            IMAPI_E_IMPORT_READ_FAILURE,
            "a block of the previous session could not be read during import",
            IMAPI_E_DISC_MISMATCH,
            "the disc in the drive is not the one the file system was imported from",
            IMAPI_E_IMPORT_MEDIA_NOT_ALLOWED,
            "this type of disc does not allow multiple sessions",
            IMAPI_E_UDF_NOT_WRITE_COMPATIBLE,
            "no UDF revision that can add a session to this disc is available",
            IMAPI_E_INCOMPATIBLE_MULTISESSION_TYPE,
            "the requested kind of multi-session is not supported",
            IMAPI_E_NO_COMPATIBLE_MULTISESSION_TYPE,
            "none of the disc's kinds of multi-session is supported",
            IMAPI_E_MULTISESSION_NOT_SET,
            "MultisessionInterfaces has to be set before this call",
            IMAPI_E_IMPORT_TYPE_COLLISION_DIRECTORY_EXISTS_AS_FILE,
            "import conflict: a directory on the disc has the name of a file already in the image",
            IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED,
            "the call succeeded, but the chosen file-system revision lacks a requested feature; the image is built without it",
            IMAPI_E_PROPERTY_NOT_ACCESSIBLE,
            "the property cannot be accessed",
            IMAPI_E_UDF_REVISION_CHANGE_NOT_ALLOWED,
            "the imported session fixes the UDF revision; it cannot be changed",
            IMAPI_E_BAD_MULTISESSION_PARAMETER,
            "a multi-session parameter is missing or wrong",
            IMAPI_E_FILE_SYSTEM_CHANGE_NOT_ALLOWED,
            "the file systems to create have to be those of the imported session",
            IMAPI_E_IMAGEMANAGER_IMAGE_NOT_ALIGNED,
            "the ISO image's size is not a multiple of 2048 bytes",
            IMAPI_E_IMAGEMANAGER_NO_VALID_VD_FOUND,
            "the ISO image has no valid volume descriptor",
            IMAPI_E_IMAGEMANAGER_NO_IMAGE,
            "no image has been given, neither as a path nor as a stream",
            IMAPI_E_IMAGEMANAGER_IMAGE_TOO_BIG,
            "the image is larger than MAXLONG sectors");

    private Table() {}
  }
}
