package com.example.burner.v2;

import java.util.List;

/**
 * What to burn on a data disc, and how.
 *
 * @param folders the folders to put on the disc, each as a folder of its name at the root
 * @param volumeName the disc's label
 * @param recorderId the unique ID of the drive the user picked, or "" for any
 * @param sectorsPerSecond the write speed to ask for, or {@link #FASTEST}
 */
public record DataBurn(
    List<String> folders, String volumeName, String recorderId, int sectorsPerSecond) {
  /** The write speed that asks the drive for its fastest. */
  public static final int FASTEST = -1;
}
