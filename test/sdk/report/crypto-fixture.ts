// A key pair made for tests only (it protects nothing), and a report encrypted to it by Node's
// WebCrypto. If the envelope format or the key derivation changes, these stop decrypting: old
// reports in NGOs' databases would too.
import type { EncryptedReport, Report } from '../../../src/sdk/index.js';

export const testKeys = {
  publicKey: {
    kty: 'EC',
    crv: 'P-256',
    x: 'FlRCyomKbWzqZ3u-J5hJvJjMiiVOcKmJH9T404B7P3k',
    y: '0M4JB0RB6moBU9vwBPbLGxZ_s6PO597CyJwqFv4FOZk',
    kid: 'YFvHgXjUlY3vHpkLnZjKph4t0H8OkLg5aLPUnNG2K1E'
  },
  privateKey: {
    kty: 'EC',
    crv: 'P-256',
    x: 'FlRCyomKbWzqZ3u-J5hJvJjMiiVOcKmJH9T404B7P3k',
    y: '0M4JB0RB6moBU9vwBPbLGxZ_s6PO597CyJwqFv4FOZk',
    d: '-gKVWtUbvIk4ZyzTlzkn9sh3cAKhCFgXyemWH_Ed52A',
    kid: 'YFvHgXjUlY3vHpkLnZjKph4t0H8OkLg5aLPUnNG2K1E'
  }
} satisfies Record<'publicKey' | 'privateKey', JsonWebKey & { kid: string }>;

export const fixtureReport: Report = {
  description: 'Test fixture: Ular pasportni olib qo‘yishdi. Паспорт забрали.',
  consent: true,
  where: {
    country: 'UZ'
  },
  locale: 'uz'
};

export const fixtureEnvelope: EncryptedReport = {
  v: 1,
  alg: 'ECDH-ES+HKDF-SHA-256+A256GCM',
  kid: 'YFvHgXjUlY3vHpkLnZjKph4t0H8OkLg5aLPUnNG2K1E',
  epk: {
    kty: 'EC',
    crv: 'P-256',
    x: 'r3_P56jWYNJrDfko0CNKmTQRNw_7bCfzzaIZ3XwF4D8',
    y: 'VLF-BomO67skPK96DtMIb-5k6r81kaV5Wh_VIHeckOI'
  },
  iv: 'TumAXoXofJkBM4Y3',
  ciphertext: '07zty9-z6V-2UkI24frZ7fS3JAaKzs3q_Do3drBRO0dgiJXNfB-wQ1FHPVgdylma5vCAzSeYOSRfoAJuLz-9PLn-G5OtqXLprAIjjAgo0JwXG1drciuxQ2KsJZepB896IdrgsJqKZd7Z8Oo5h2D-k0Fhsy4bQk_vWn2kfI0AhzXYq8U_H22q-tHs6hyzKjueIVmW0ndfoVkoZ9YJn460dQmHOf9zsondfVRpnSOEJJbOG9A3BEjtSeBJXXb-0PSuGc87YjuvH6lHBO2kSZ7q3xEpSGzyKSlxpOQP1K2VhOFYaYNxdu6dwNsoNt9TSdO15uVtyMxhLe53ajZ0GslMwHpVAss1qwy3QDzaHrldZmKk62Ry-lZpznkVSQ3Xw-nGw9m1TpiiQCxMfPHIGPnXjlssH7YPyunPUl2ZV5ZzktJeGpIJWObKNCHarCtAsH2o1rcYFx4W73p354MWPs7dJ_c-bEey28bZ2RvmMVNjhqWVBoQxqa8OBqL8s-x5FdUZnBPz1_xGFpgzL1t3VyJ8kD0EPy-sjYerU6jeltLHyNcK3bWQUq_Bq1vuCu3yZZyBAkhv252TQmwJZmyKWKotehqta9BqFkoZpli7wiBM6_ejU7-QYAlFXO2wNfL5nTrQyIfNRtn2Sne2D8VLmFGrPQ0BofJcSwjjvHiMIZqaSf_4C711wDFK1xjxk2sKDDXynht8C_V2KyYw7aWPi9vPe5w13WXyJ2LCMeEu_Y4jPpiYsz3N2rJ8yuNv67PQTmN6Ge7Dqvx29XokNTA-vzaKbdRDzmOQ9BCKfe17LruvxW5GtTMeoJsrut05D4TejlQDTm6Sg54_ccJJRvxHYJW1bTsPrnlvEB5aJ6luXkV7uTRBHVfVh3hjEZ_peAsLc5QdWF1kb_D0lvuPNfvrHaA1QqQQkprCEzskr6xIoYrKs9LCRcwUnL5OpTmD4dN0fk8BGCXmP07opxFoYxTAbcGOR5vyvMBHNYRL4Sa8HagFN11d6F9umTR-azFxIcTFtF0kH-2c01YG1VJMDRhnrJ6nU3WcJspbTcFrm5PAAkgUJKWJvD3GwIvLn_ywRdOYiAIXvYkLGDymZ9glap2hQj4DeAe9mstK2PlO_RYambE2KQhDLODNQnKF-shbGRVKuIm4z5s_FNSbXp9ONqsXHdSimMD_CVnBle6ELJ-ieS2WtDirCGHzveyOq06yKA2e2_5utkPxfy_APCoJYg11mD3sfCsLCAxUBiEsJS5wS-oyPn1XrYXP_JUYi5bmruL0kxNWBzGIolDizR5z3tDI4Xihq_pAWTOHWTZS1P8cTdS1Hsm6jz9C_5wwc-BA5CUVVnoMwJrMc2ezdywzgY5Nj6cwJkEY1TDzaSMeWwuYuXSPk-E'
};
