/** An IMAPI v2 binding: its methods' results are IMAPI results, as v1's are. */
interface IDiscFormat2Data {
  int Write(Object stream);

  int SetWriteSpeed(int sectorsPerSecond, boolean pureCav);
}
