/** A binding returning boxed results. */
interface IJolietDiscMaster {
  Integer AddData(Object storage, int overwrite);

  String GetJolietProperties();
}
