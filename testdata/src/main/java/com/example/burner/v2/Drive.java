package com.example.burner.v2;

import com.example.burner.v2.imapi2.IDiscRecorder2;

/**
 * An optical drive as the user picks it.
 *
 * @param recorder the drive's recorder object, bound to it
 * @param uniqueId IMAPI's ID of the drive, stable across runs
 * @param displayName the drive's vendor and product, or its ID when it does not say
 */
public record Drive(IDiscRecorder2 recorder, String uniqueId, String displayName) {}
