package com.example.burner;

import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_ALREADYOPEN;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_MEDIUM_NOTPRESENT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_STASHINUSE;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_USERABORT;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;

import com.example.burner.jna.DiscRecorder;
import com.example.burner.jna.EnumDiscRecorders;
import com.example.burner.jna.IDiscMaster;
import com.example.burner.jna.IDiscRecorder;
import com.example.burner.jna.IEnumDiscRecorders;
import com.example.burner.jna.IRedbookDiscMaster;
import com.example.burner.jna.Imapi;
import com.example.burner.jna.PropertyStorage;
import com.example.burner.jna.RedbookDiscMaster;
import com.sun.jna.platform.win32.COM.COMException;
import com.sun.jna.platform.win32.COM.COMUtils;
import com.sun.jna.platform.win32.Guid.REFIID;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.List;
import java.util.logging.Logger;

/**
 * Burns an audio CD with IMAPI v1's Redbook format, through the JNA bindings: opens the disc
 * master, picks the first CD recorder, sets the gap between tracks, writes each track in chunks
 * (closing a track short when the disc is full), burns and closes. Results are JNA {@code
 * HRESULT}s, decided with {@code COMUtils.FAILED} and told apart by their {@code intValue()}.
 */
public final class AudioCdBurner {
  private static final Logger log = Logger.getLogger(AudioCdBurner.class.getName());

  /** How many audio blocks to hand IMAPI at once. */
  private static final int CHUNK_BLOCKS = 64;

  private final IDiscMaster master;
  private final BurnListener listener;

  public AudioCdBurner(IDiscMaster master, BurnListener listener) {
    this.master = master;
    this.listener = listener;
  }

  /**
   * Burns {@code tracks} in order, with {@code gapBlocks} of silence between them.
   *
   * @return how the burn ended, unless it failed
   * @throws BurnException if a step failed
   */
  public BurnOutcome burn(List<AudioTrack> tracks, int gapBlocks, boolean simulate)
      throws BurnException {
    open();
    try {
      IRedbookDiscMaster redbook = useRedbookFormat();
      IDiscRecorder recorder = firstRecorder();
      if (!activate(recorder)) {
        return BurnOutcome.NO_DISC;
      }
      setGap(recorder, gapBlocks);
      int blockSize = audioBlockSize(redbook);
      for (AudioTrack track : tracks) {
        if (!addTrack(redbook, track, blockSize)) {
          listener.notice("The disc is full: the tracks after " + track.title() + " are left out.");
          break;
        }
      }
      return record(simulate);
    } finally {
      close();
    }
  }

  private void open() throws BurnException {
    HRESULT hr = master.Open();
    if (hr.intValue() == IMAPI_E_ALREADYOPEN) {
      log.fine("the disc master was already open");
    } else if (COMUtils.FAILED(hr)) {
      throw new BurnException("opening IMAPI's disc master", hr.intValue());
    }
  }

  private IRedbookDiscMaster useRedbookFormat() throws BurnException {
    PointerByReference format = new PointerByReference();
    HRESULT hr =
        master.SetActiveDiscMasterFormat(new REFIID(Imapi.IID_IREDBOOK_DISC_MASTER), format);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("choosing the audio-CD format", hr.intValue());
    }
    return new RedbookDiscMaster(format.getValue());
  }

  private IDiscRecorder firstRecorder() throws BurnException {
    PointerByReference enumerator = new PointerByReference();
    HRESULT hr = master.EnumDiscRecorders(enumerator);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("listing the recorders", hr.intValue());
    }
    IEnumDiscRecorders recorders = new EnumDiscRecorders(enumerator.getValue());
    PointerByReference next = new PointerByReference();
    IntByReference fetched = new IntByReference();
    HRESULT more = recorders.Next(1, next, fetched);
    if (COMUtils.FAILED(more)) {
      throw new BurnException("listing the recorders", more.intValue());
    }
    if (fetched.getValue() == 0) {
      throw new BurnException("finding a CD recorder", new IllegalStateException("none found"));
    }
    return new DiscRecorder(next.getValue());
  }

  private boolean activate(IDiscRecorder recorder) throws BurnException {
    HRESULT hr = master.SetActiveDiscRecorder(recorder.getPointer());
    switch (hr.intValue()) {
      case IMAPI_E_MEDIUM_NOTPRESENT -> {
        listener.notice("Insert a blank CD-R.");
        return false;
      }
      case IMAPI_E_STASHINUSE ->
          throw new BurnException(
              "selecting the recorder while another program burns", hr.intValue());
      default -> {
        if (COMUtils.FAILED(hr)) {
          throw new BurnException("selecting the recorder", hr.intValue());
        }
        return true;
      }
    }
  }

  private void setGap(IDiscRecorder recorder, int gapBlocks) throws BurnException {
    PointerByReference properties = new PointerByReference();
    HRESULT hr = recorder.GetRecorderProperties(properties);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("reading the recorder's properties", hr.intValue());
    }
    try {
      new PropertyStorage(properties.getValue()).writeInt("AudioGapSize", gapBlocks);
    } catch (COMException e) {
      throw new BurnException("setting the gap between tracks", e);
    }
    HRESULT set = recorder.SetRecorderProperties(properties.getValue());
    if (set.intValue() == IMAPI_S_PROPERTIESIGNORED) {
      listener.notice("The recorder keeps its own gap between tracks.");
    } else if (COMUtils.FAILED(set)) {
      throw new BurnException("setting the gap between tracks", set.intValue());
    }
  }

  private int audioBlockSize(IRedbookDiscMaster redbook) throws BurnException {
    IntByReference bytes = new IntByReference();
    HRESULT hr = redbook.GetAudioBlockSize(bytes);
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("reading the audio block size", hr.intValue());
    }
    return bytes.getValue();
  }

  /** Writes {@code track}; false when the disc filled up and the track was closed short. */
  private boolean addTrack(IRedbookDiscMaster redbook, AudioTrack track, int blockSize)
      throws BurnException {
    HRESULT created = redbook.CreateAudioTrack(track.blocks(blockSize));
    if (COMUtils.FAILED(created)) {
      throw new BurnException("starting " + track.title(), created.intValue());
    }
    boolean complete = true;
    int chunkBytes = CHUNK_BLOCKS * blockSize;
    for (int offset = 0; offset < track.length(); offset += chunkBytes) {
      int end = Math.min(offset + chunkBytes, track.length());
      int padded = (end - offset + blockSize - 1) / blockSize * blockSize;
      byte[] chunk = track.samples(offset, offset + padded);
      HRESULT hr = redbook.AddAudioTrackBlocks(chunk, padded);
      if (hr.intValue() == IMAPI_E_DISCFULL) {
        // IMAPI kept the audio that fit: close the track there.
        listener.notice(track.title() + " is cut short: the disc is full.");
        complete = false;
        break;
      }
      if (COMUtils.FAILED(hr)) {
        throw new BurnException("writing " + track.title(), hr.intValue());
      }
    }
    HRESULT closed = redbook.CloseAudioTrack();
    if (COMUtils.FAILED(closed)) {
      throw new BurnException("closing " + track.title(), closed.intValue());
    }
    return complete;
  }

  private BurnOutcome record(boolean simulate) throws BurnException {
    HRESULT hr = master.RecordDisc(simulate, true);
    if (hr.intValue() == IMAPI_E_USERABORT) {
      return BurnOutcome.CANCELLED;
    }
    if (hr.intValue() == IMAPI_E_MEDIUM_NOTPRESENT) {
      listener.notice("The disc was taken out.");
      return BurnOutcome.NO_DISC;
    }
    if (COMUtils.FAILED(hr)) {
      throw new BurnException("burning", hr.intValue());
    }
    return BurnOutcome.BURNED;
  }

  private void close() {
    HRESULT hr = master.Close();
    if (COMUtils.FAILED(hr)) {
      log.warning("closing the disc master failed: " + hr);
    }
  }
}
