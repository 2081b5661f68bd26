import com.sun.jna.platform.win32.WinNT.HRESULT;

/** The JNA-style binding: results are JNA HRESULT objects. */
interface IJolietDiscMaster {
  HRESULT AddData(Object storage, int overwrite);

  HRESULT SetJolietProperties(Object propertyStorage);
}
