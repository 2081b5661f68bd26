package com.example.burner;

import com.example.burner.imapi.IDiscRecorder;

/** A CD recorder as the user picks it: its binding, device path and name. */
public record Recorder(
    IDiscRecorder binding, String path, String displayName, boolean rewritable) {}
