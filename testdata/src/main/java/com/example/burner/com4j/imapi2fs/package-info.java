/**
 * IMAPI v2's file-system image interfaces ({@code imapi2fs.dll}'s type library), generated as
 * {@link com.example.burner.com4j.imapi2} is: values returned, failures thrown as {@link
 * com4j.ComException}, success codes ({@code IMAPI_S_IMAGE_FEATURE_NOT_SUPPORTED}) dropped.
 */
package com.example.burner.com4j.imapi2fs;
