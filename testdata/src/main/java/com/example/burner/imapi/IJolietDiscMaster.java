package com.example.burner.imapi;

/** IMAPI's {@code IJolietDiscMaster}: stages files for a data disc with a Joliet file system. */
public interface IJolietDiscMaster {
  int GetTotalDataBlocks(int[] blocks);

  int GetUsedDataBlocks(int[] blocks);

  int GetDataBlockSize(int[] bytes);

  /**
   * Stages the tree of {@code storage} at the root of the disc; {@code fileOverwrite} 1 replaces
   * staged files of the same name.
   */
  int AddData(IStorage storage, int fileOverwrite);

  int GetJolietProperties(IPropertyStorage[] properties);

  int SetJolietProperties(IPropertyStorage properties);
}
