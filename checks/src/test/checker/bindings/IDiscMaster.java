/** A hand-written binding in COM casing: its IMAPI methods return IMAPI results, unannotated. */
interface IDiscMaster {
  int Open();

  int RecordDisc(boolean simulate, boolean ejectAfterBurn);

  int Close();

  /** Not an IMAPI method: a plain number. */
  int getVersion();
}
