import static io.github.imapichecks.annotations.ImapiError.IMAPI_E_DISCFULL;
import static io.github.imapichecks.annotations.ImapiError.IMAPI_S_PROPERTIESIGNORED;
import static io.github.imapichecks.annotations.ImapiError.S_OK;

import com.sun.jna.platform.win32.W32Errors;
import com.sun.jna.platform.win32.WinNT.HRESULT;
import io.github.imapichecks.annotations.ImapiHResult;
import java.util.Objects;

/** Rule 2: an IMAPI result is compared only with IMAPI results, but for the sign tests. */
class Comparisons {
  static final int DISCFULL_FROM_THE_HEADER = 0x8004021C;

  boolean named(@ImapiHResult int hr, @ImapiHResult int other) {
    return hr == IMAPI_E_DISCFULL
        || hr != S_OK
        || hr == other
        || IMAPI_S_PROPERTIESIGNORED == hr
        || hr == (IMAPI_E_DISCFULL);
  }

  boolean signTests(@ImapiHResult int hr, @ImapiHResult long wide) {
    return hr < 0 || hr >= 0 || 0 > hr || 0 <= hr || wide < 0L || hr < (0);
  }

  boolean numbers(@ImapiHResult int hr, int count) {
    // :: error: (comparison)
    boolean a = hr == 0x8004021C;
    // :: error: (comparison)
    boolean b = 0x8004021C == hr;
    // :: error: (comparison)
    boolean c = hr == DISCFULL_FROM_THE_HEADER;
    // :: error: (comparison)
    boolean d = hr == 0;
    // :: error: (comparison)
    boolean e = hr != 0;
    // :: error: (comparison)
    boolean f = hr > 0;
    // :: error: (comparison)
    boolean g = hr <= 0;
    // :: error: (comparison)
    boolean h = 0 < hr;
    // :: error: (comparison)
    boolean i = 0 >= hr;
    // :: error: (comparison)
    boolean j = hr < 1;
    // :: error: (comparison)
    boolean k = hr == count;
    // :: error: (comparison)
    boolean l = count == IMAPI_E_DISCFULL;
    // :: error: (comparison)
    boolean m = hr == IMAPI_E_DISCFULL + 1;
    // :: error: (comparison)
    boolean n = hr < 0.0;
    // :: error: (comparison)
    boolean o = hr < count;
    // :: error: (comparison)
    boolean p = count >= hr;
    return a || b || c || d || e || f || g || h || i || j || k || l || m || n || o || p;
  }

  <T extends Integer, R extends @ImapiHResult Integer> boolean typeVariables(
      T plain, R result, @ImapiHResult int hr) {
    boolean same = result == hr;
    // :: error: (comparison)
    boolean mixed = plain == hr;
    return same || mixed;
  }

  boolean unrelated(int count, Integer boxed) {
    return count == 3 || count < 0 || boxed == null;
  }

  boolean equalsWithResults(
      @ImapiHResult Integer boxed,
      @ImapiHResult int hr,
      @ImapiHResult HRESULT jna,
      @ImapiHResult HRESULT other) {
    return boxed.equals(IMAPI_E_DISCFULL)
        || boxed.equals(hr)
        || Objects.equals(hr, IMAPI_E_DISCFULL)
        || Objects.equals(S_OK, boxed)
        || Objects.equals(boxed, null)
        || Integer.valueOf(hr).equals(IMAPI_S_PROPERTIESIGNORED)
        || jna.equals(other)
        || jna.equals(new HRESULT(IMAPI_E_DISCFULL))
        || new HRESULT(S_OK).equals(jna)
        || boxed.equals(null);
  }

  boolean equalsOfUnrelatedValues(Integer count, String name, Object any, HRESULT plain) {
    return count.equals(3)
        || Objects.equals(count, 0x8004021C)
        || name.equals("IMAPI_E_DISCFULL")
        || Objects.equals(any, name)
        || plain.equals(new HRESULT(0x8004021C))
        || java.util.Arrays.equals(new int[] {0x8004021C}, new int[] {count});
  }

  // An unqualified equals compares this object, which holds no number: not a comparison of codes.
  boolean sameAsThis(@ImapiHResult Integer boxed) {
    return equals(boxed);
  }

  boolean equalsWithNumbers(
      @ImapiHResult Integer boxed,
      @ImapiHResult int hr,
      @ImapiHResult HRESULT jna,
      @ImapiHResult Long wide,
      Integer count,
      HRESULT plain) {
    // :: error: (comparison)
    boolean a = Objects.equals(hr, 0x80040212);
    // :: error: (comparison)
    boolean b = Objects.equals(0x80040212, hr);
    // :: error: (comparison)
    boolean c = boxed.equals(0x8004021C);
    // :: error: (comparison)
    boolean d = boxed.equals(count);
    // :: error: (comparison)
    boolean e = count.equals(boxed);
    // :: error: (comparison)
    boolean f = jna.equals(new HRESULT(0x8004021C));
    // :: error: (comparison)
    boolean g = jna.equals(plain);
    // :: error: (comparison)
    boolean h = new HRESULT(0x8004021C).equals(jna);
    // :: error: (comparison)
    boolean i = wide.equals(0x8004021CL);
    // :: error: (comparison)
    boolean j = Objects.equals(boxed, DISCFULL_FROM_THE_HEADER);
    // :: error: (comparison)
    boolean k = Integer.valueOf(hr).equals(Integer.valueOf(0));
    // :: error: (comparison)
    boolean l = Objects.equals(jna, IMAPI_E_DISCFULL + 1);
    // JNA's S_OK object is no IMAPI result: COMUtils.SUCCEEDED(jna) tests success.
    // :: error: (comparison)
    boolean m = jna.equals(W32Errors.S_OK);
    // :: error: (comparison)
    boolean n = jna.equals(new HRESULT());
    // :: error: (comparison)
    boolean o = boxed.equals(new Object());
    return a || b || c || d || e || f || g || h || i || j || k || l || m || n || o;
  }

  boolean objects(@ImapiHResult HRESULT hr, @ImapiHResult HRESULT other, HRESULT plain) {
    boolean same = hr == other || hr == null;
    // :: error: (comparison)
    boolean mixed = hr == plain;
    return same || mixed;
  }
}
