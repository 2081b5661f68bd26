package com.example.burner.v2;

import com.example.burner.v2.imapi2.DDiscFormat2DataEvents;
import com.example.burner.v2.imapi2.IDiscFormat2Data;
import com.example.burner.v2.imapi2.IDiscFormat2Erase;
import com.example.burner.v2.imapi2.IDiscMaster2;
import com.example.burner.v2.imapi2.IDiscRecorder2;
import com.example.burner.v2.imapi2.IDiscRecorder2Ex;
import com.example.burner.v2.imapi2fs.IFileSystemImage;

/**
 * How the application's COM bridge makes IMAPI v2's objects ({@code MsftDiscMaster2}, {@code
 * MsftDiscRecorder2}, ...) on its COM thread. Creating an object is COM's business, not IMAPI's:
 * the bridge throws when it fails.
 */
public interface ComBridge {
  IDiscMaster2 discMaster();

  /** A recorder object not yet bound to a drive. */
  IDiscRecorder2 newRecorder();

  /** The raw-command interface of {@code recorder}, by {@code QueryInterface}. */
  IDiscRecorder2Ex extendedAccess(IDiscRecorder2 recorder);

  /** A data writer whose progress goes to {@code events}. */
  IDiscFormat2Data newDataWriter(DDiscFormat2DataEvents events);

  IDiscFormat2Erase newEraser();

  IFileSystemImage newFileSystemImage();
}
