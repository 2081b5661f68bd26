package com.example.burner.imapi;

/** Interface IDs from imapi.h that the application passes to IMAPI. */
public final class ImapiIds {
  /** IID_IJolietDiscMaster: the data-disc format. */
  public static final String IID_JOLIET_DISC_MASTER = "{E3BC42CE-4E5C-11D3-9144-00104BA11C5E}";

  /** IID_IRedbookDiscMaster: the audio-CD format. */
  public static final String IID_REDBOOK_DISC_MASTER = "{E3BC42CD-4E5C-11D3-9144-00104BA11C5E}";

  private ImapiIds() {}
}
