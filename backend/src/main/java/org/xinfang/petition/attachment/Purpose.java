package org.xinfang.petition.attachment;

/** Why a file was attached: with the complaint, with the bureau's reply, as supplied material, or a recording. */
public enum Purpose {
  INTAKE, REPLY, SUPPLEMENT, RECORDING
}
