package com.example.burner.buggy;

import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_RECORDER_MEDIA_NO_MEDIA;
import static io.github.imapichecks.annotations.Imapi2Error.E_IMAPI_REQUEST_CANCELLED;

import com.example.burner.BurnException;
import com.example.burner.BurnOutcome;
import com.example.burner.com4j.imapi2.IDiscFormat2Data;
import com.example.burner.com4j.imapi2.IDiscFormat2Erase;
import com.example.burner.com4j.imapi2common.IStream;
import com4j.ComException;
import io.github.imapichecks.annotations.Imapi2Error;
import java.util.logging.Logger;

/** An IMAPI v2 burner on com4j's generated bindings, whose failures arrive as ComException. */
final class Com4jBurner {
  private static final Logger log = Logger.getLogger(Com4jBurner.class.getName());

  void burnOrGiveUp(IDiscFormat2Data formatter, IStream image) {
    try {
      formatter.write(image);
    } catch (Exception e) {
      // Bug: every failure, a cancelled burn and a missing disc included, becomes one fixed text.
      System.out.println("Write is not possible to this disc");
    }
  }

  BurnOutcome burnCancellable(IDiscFormat2Data formatter, IStream image) throws BurnException {
    try {
      formatter.write(image);
      return BurnOutcome.BURNED;
    } catch (ComException e) {
      // Bug: E_IMAPI_REQUEST_CANCELLED written as a number.
      if (e.getHRESULT() == 0xC0AA0002) {
        return BurnOutcome.CANCELLED;
      }
      if (e.getHRESULT() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    }
  }

  BurnOutcome burnUnlessEmpty(IDiscFormat2Data formatter, IStream image) throws BurnException {
    try {
      formatter.write(image);
      return BurnOutcome.BURNED;
    } catch (ComException e) {
      if (e.getHRESULT() == E_IMAPI_REQUEST_CANCELLED) {
        return BurnOutcome.CANCELLED;
      }
      // Bug: E_IMAPI_RECORDER_MEDIA_NO_MEDIA as a long: the negative int is sign-extended, so the
      // two are never equal.
      if (e.getHRESULT() == 0xC0AA0202L) {
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    }
  }

  void setSpeed(IDiscFormat2Data formatter, int sectorsPerSecond) {
    try {
      formatter.setWriteSpeed(sectorsPerSecond, false);
    } catch (ComException e) {
      // Bug: S_IMAPI_SPEEDADJUSTED is a success, which com4j never throws: this branch is dead,
      // and the speed the drive chose is never read back.
      if (e.getHRESULT() == Imapi2Error.S_IMAPI_SPEEDADJUSTED) {
        log.info("the drive chose another speed");
        return;
      }
      throw e;
    }
  }

  BurnOutcome burnUnlessSilent(IDiscFormat2Data formatter, IStream image) throws BurnException {
    try {
      formatter.write(image);
      return BurnOutcome.BURNED;
    } catch (ComException e) {
      if (e.getHRESULT() == E_IMAPI_REQUEST_CANCELLED) {
        return BurnOutcome.CANCELLED;
      }
      if (e.getHRESULT() == E_IMAPI_RECORDER_MEDIA_NO_MEDIA) {
        return BurnOutcome.NO_DISC;
      }
      // Bug: -1 is com4j's marker for a failure without an HRESULT (a value it could not
      // convert), not a drive that stopped answering.
      if (e.getHRESULT() == -1) {
        log.warning("the drive stopped answering");
        return BurnOutcome.NO_DISC;
      }
      throw new BurnException("burning", e);
    }
  }

  void wipe(IDiscFormat2Erase eraser) {
    try {
      eraser.eraseMedia();
    } catch (ComException e) {
      // Bug: the failure is dropped: no disc, or one that is not rewritable, goes unnoticed.
    }
  }
}
