package com.example.burner.buggy;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import com.example.burner.BurnException;
import com.example.burner.BurnOutcome;
import com.example.burner.v2.imapi2.IDiscFormat2Data;
import com.example.burner.v2.imapi2.IDiscFormat2Erase;
import com.example.burner.v2.imapi2.IDiscRecorder2Ex;
import com.sun.jna.Pointer;
import io.github.imapichecks.annotations.Imapi2FsError;
import io.github.imapichecks.annotations.ImapiError;

/** An IMAPI v2 burner written by analogy with IMAPI v1 and other HRESULT APIs. */
final class V2Burner {
  BurnOutcome burnCancellable(IDiscFormat2Data writer, Pointer image) throws BurnException {
    int hr = writer.Write(image).intValue();
    // Bug: E_IMAPI_REQUEST_CANCELLED written as a number.
    if (hr == 0xC0AA0002) {
      return BurnOutcome.CANCELLED;
    }
    if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      return BurnOutcome.NO_DISC;
    }
    if (ImapiError.failed(hr)) {
      throw new BurnException("burning", hr);
    }
    return BurnOutcome.BURNED;
  }

  BurnOutcome burnByAnalogy(IDiscFormat2Data writer, Pointer image) throws BurnException {
    int hr = writer.Write(image).intValue();
    // Bug: E_IMAPI_REQUEST_CANCELLED with the high bits of a 0x80.. HRESULT; it is 0xC0AA0002.
    if (hr == 0x80AA0002) {
      return BurnOutcome.CANCELLED;
    }
    if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      return BurnOutcome.NO_DISC;
    }
    if (ImapiError.failed(hr)) {
      throw new BurnException("burning", hr);
    }
    return BurnOutcome.BURNED;
  }

  BurnOutcome burnPortedFromV1(IDiscFormat2Data writer, Pointer image) throws BurnException {
    int hr = writer.Write(image).intValue();
    if (hr == E_IMAPI_REQUEST_CANCELLED) {
      return BurnOutcome.CANCELLED;
    }
    // Bug: IMAPI v1's no-disc code; Write says it with E_IMAPI_RECORDER_MEDIA_NO_MEDIA.
    if (hr == ImapiError.IMAPI_E_MEDIUM_NOTPRESENT) {
      return BurnOutcome.NO_DISC;
    }
    if (ImapiError.failed(hr)) {
      throw new BurnException("burning", hr);
    }
    return BurnOutcome.BURNED;
  }

  BurnOutcome burnUnlessTooBig(IDiscFormat2Data writer, Pointer image) throws BurnException {
    int hr = writer.Write(image).intValue();
    if (hr == E_IMAPI_REQUEST_CANCELLED) {
      return BurnOutcome.CANCELLED;
    }
    if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      return BurnOutcome.NO_DISC;
    }
    // Bug: an IMAPI2FS code, which the image calls return, tested against the burn call's result.
    if (hr == Imapi2FsError.IMAPI_E_IMAGE_TOO_BIG) {
      return BurnOutcome.DOES_NOT_FIT;
    }
    if (ImapiError.failed(hr)) {
      throw new BurnException("burning", hr);
    }
    return BurnOutcome.BURNED;
  }

  void setSpeed(IDiscFormat2Data writer, int sectorsPerSecond) throws BurnException {
    int hr = writer.SetWriteSpeed(sectorsPerSecond, false).intValue();
    // Bug: S_IMAPI_SPEEDADJUSTED and its two siblings are successes, taken here for failures.
    if (hr != S_OK) {
      throw new BurnException("setting the write speed", hr);
    }
  }

  boolean isReady(IDiscRecorder2Ex drive) {
    byte[] testUnitReady = new byte[6];
    byte[] sense = new byte[IDiscRecorder2Ex.SENSE_LENGTH];
    int hr = drive.SendCommandNoData(testUnitReady, testUnitReady.length, sense, 10);
    // Bug: S_IMAPI_COMMAND_HAS_SENSE_DATA is a success, and means the drive failed the command.
    return ImapiError.succeeded(hr);
  }

  void wipe(IDiscFormat2Erase eraser) {
    // Bug: the erase's result is dropped: no disc, or one that is not rewritable, goes unnoticed.
    eraser.EraseMedia();
  }

  BurnOutcome burnUncancellable(IDiscFormat2Data writer, Pointer image) throws BurnException {
    int hr = writer.Write(image).intValue();
    if (hr == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
      return BurnOutcome.NO_DISC;
    }
    // Bug: a cancelled burn (E_IMAPI_REQUEST_CANCELLED) is reported as a failure, and only its
    // text reaches the caller.
    if (ImapiError.failed(hr)) {
      throw new IllegalStateException("burning failed: " + ImapiError.describe(hr));
    }
    return BurnOutcome.BURNED;
  }
}
