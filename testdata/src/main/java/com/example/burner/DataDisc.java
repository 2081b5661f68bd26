package com.example.burner;

import com.example.burner.imapi.IStorage;
import java.util.List;

/**
 * What to burn on a data disc: file trees, the volume name, and how to burn them.
 *
 * @param trees the trees to stage at the root of the disc, in order
 * @param volumeName the disc's label
 * @param recorderPath the device path of the recorder the user picked, or "" for any
 * @param writeSpeed the write speed to ask of the recorder, in multiples of 150 KB/s
 * @param simulate whether to burn with the laser off, to test the setup
 */
public record DataDisc(
    List<IStorage> trees,
    String volumeName,
    String recorderPath,
    int writeSpeed,
    boolean simulate) {}
