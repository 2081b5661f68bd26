package com.example.burner.buggy;

import com.example.burner.imapi.IDiscMaster;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** A burner that runs IMAPI off the UI thread and loses track of the results on the way. */
final class AsyncBurner {
  private final ExecutorService worker;

  AsyncBurner(ExecutorService worker) {
    this.worker = worker;
  }

  /** The result travels into the stage's callback; the callback compares it with a number. */
  CompletableFuture<Void> burn(IDiscMaster master) {
    return CompletableFuture.supplyAsync(() -> master.RecordDisc(false, true), worker)
        .thenAccept(
            hr -> {
              if (hr == 0x8004020D) {
                System.out.println("cancelled");
              }
            });
  }

  /** A method reference bound to a Runnable: Close's result is dropped. */
  void closeLater(IDiscMaster master) {
    Runnable close = master::Close;
    worker.execute(close);
  }

  /** The result kept in an array for the lambda, then compared with a number. */
  boolean opened(IDiscMaster master) {
    int[] result = new int[1];
    Runnable open = () -> result[0] = master.Open();
    open.run();
    return result[0] != 0x8004020B;
  }
}
