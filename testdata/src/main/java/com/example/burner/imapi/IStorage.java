package com.example.burner.imapi;

/** OLE's {@code IStorage}: a tree of files and folders that {@code AddData} stages. */
public interface IStorage {
  String name();
}
