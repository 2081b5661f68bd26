package com.example.burner.v2.imapi2;

import io.github.imapichecks.annotations.ImapiHResult;

/** IMAPI v2's {@code IDiscRecorder2}: one optical drive. */
public interface IDiscRecorder2 {
  /** Binds this object to the drive {@code recorderUniqueId} from {@link IDiscMaster2#get_Item}. */
  @ImapiHResult
  int InitializeDiscRecorder(String recorderUniqueId);

  /**
   * Locks the drive for this application, which other programs see as {@code clientName}; the lock
   * is counted, and each successful call is paired with {@link #ReleaseExclusiveAccess}.
   */
  @ImapiHResult
  int AcquireExclusiveAccess(boolean force, String clientName);

  @ImapiHResult
  int ReleaseExclusiveAccess();

  /** Sets {@code value[0]} to the client name of the program that holds the drive locked. */
  @ImapiHResult
  int get_ExclusiveAccessOwner(String[] value);

  @ImapiHResult
  int get_VendorId(String[] value);

  @ImapiHResult
  int get_ProductId(String[] value);

  @ImapiHResult
  int EjectMedia();
}
