/** A com4j-generated IMAPI v2 interface: values returned, failures thrown. */
interface IDiscFormat2Data extends com4j.Com4jObject {
  void write(Object data);

  int getTotalSectorsOnMedia();
}
