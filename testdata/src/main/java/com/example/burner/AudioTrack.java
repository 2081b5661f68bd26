package com.example.burner;

import java.util.Arrays;

/** One track of an audio CD: 44.1 kHz 16-bit stereo PCM, little-endian, as IMAPI takes it. */
public final class AudioTrack {
  private final String title;
  private final byte[] pcm;

  public AudioTrack(String title, byte[] pcm) {
    this.title = title;
    this.pcm = pcm.clone();
  }

  /** The track's title, for messages. */
  public String title() {
    return title;
  }

  /** How many bytes of samples the track has. */
  int length() {
    return pcm.length;
  }

  /** The samples from {@code from} to {@code to}, padded with silence beyond the track's end. */
  byte[] samples(int from, int to) {
    return Arrays.copyOfRange(pcm, from, to);
  }

  /** How many audio blocks of {@code blockSize} bytes the track takes, the last one padded. */
  int blocks(int blockSize) {
    return (pcm.length + blockSize - 1) / blockSize;
  }
}
