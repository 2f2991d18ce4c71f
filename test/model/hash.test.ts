/** Hash vectors (FIPS 180-4 examples) and kube-proxy's chain names from the fact sheet's table. */
import { describe, expect, it } from 'vitest';
import { endpointChain, serviceChain } from '../../src/kube/proxy/chain-names.js';
import { base32, sha1, sha224, sha256, sha512Hex } from '../../src/model/hash.js';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('hashes', () => {
  it('SHA-256 and SHA-512 of the standard vectors', () => {
    expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha512Hex('abc')).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(base32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
  });

  it('SHA-224 and SHA-1 (vectors checked with coreutils sha224sum/sha1sum)', () => {
    const two = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    expect(hex(sha224('abc'))).toBe('23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7');
    expect(hex(sha224(two))).toBe('75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525');
    expect(hex(sha1(''))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(two))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(hex(sha1('a'.repeat(1000)))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    expect(hex(sha256([0x61, 0x62, 0x63]))).toBe(hex(sha256('abc')));
  });

  it('kube-proxy chain names (spec §3.1)', () => {
    expect(serviceChain('SVC', 'default/kubernetes:https', 'tcp')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(serviceChain('SVC', 'kube-system/kube-dns:dns', 'udp')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChain('SVC', 'kube-system/kube-dns:dns-tcp', 'tcp')).toBe('KUBE-SVC-ERIFXISQEP7F7OF4');
    expect(serviceChain('SVC', 'kube-system/kube-dns:metrics', 'tcp')).toBe('KUBE-SVC-JD5MR3NA4I4DYORP');
    expect(serviceChain('EXT', 'default/web-service:http', 'tcp')).toBe('KUBE-EXT-LHVVVX6K6XR7TB6A');
    expect(serviceChain('SVC', 'default/backend', 'tcp')).toBe('KUBE-SVC-NU7AD2CJVNXKF2GF');
    expect(endpointChain('default/web-service:http', 'tcp', '10.244.1.2:80')).toBe(
      'KUBE-SEP-BTNGOKN4UDNN3BJK',
    );
    expect(endpointChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
  });
});
