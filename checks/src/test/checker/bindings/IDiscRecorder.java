/** A binding in Java casing, inheriting Eject from a base that is no IMAPI interface. */
interface IDiscRecorder extends Unknown {
  int openExclusive();

  long getRecorderState(long[] state);
}

/** Not an IMAPI interface: its Eject is a plain number unless called through an IDiscRecorder. */
interface Unknown {
  int Eject();
}
