package org.xinfang.petition.attachment;

/** Where an attachment's file is kept and the SHA-256 of its clear content: what resealing it needs. */
record StoredFile(long id, String storageKey, String sha256) {}
