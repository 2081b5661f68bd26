/**
 * IMAPI v2's file-system image interfaces ({@code imapi2fs.h}), bound as {@link
 * com.example.burner.v2.imapi2} binds the burning ones: {@code IFileSystemImage} returns JNA's
 * {@code HRESULT}, the item and result interfaces an {@code int}; every result is typed
 * {@code @ImapiHResult}.
 */
package com.example.burner.v2.imapi2fs;
