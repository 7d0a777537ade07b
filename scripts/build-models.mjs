#!/usr/bin/env node
// Builds the MediaPipe PoseLandmarker `.task` models from the npm package `@mediapipe/pose`
// (no download) and copies the tasks-vision WASM runtime into `public/models/`, so the app
// serves every model file from its own origin.
//
// A `.task` is an uncompressed ZIP holding `pose_detector.tflite` and
// `pose_landmarks_detector.tflite`. The legacy tflites lack the TFLite metadata the tasks runtime
// needs (input NormalizationOptions), so this script appends a `TFLITE_METADATA` buffer to each
// model: detector input normalised to [-1, 1] (mean 127.5, std 127.5), landmark model to [0, 1]
// (mean 0, std 255). See docs/models.md for the layout and the schema field ids used.
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, ByteBuffer } from 'flatbuffers';
import { zipSync } from 'fflate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POSE_DIR = join(ROOT, 'node_modules/@mediapipe/pose');
const WASM_DIR = join(ROOT, 'node_modules/@mediapipe/tasks-vision/wasm');

/** Normalisation of each model's float input (TFLite metadata NormalizationOptions). */
export const NORMALIZATION = Object.freeze({
  detector: { mean: [127.5], std: [127.5] },
  landmarks: { mean: [0], std: [255] },
});

/**
 * TFLite metadata flatbuffer (tflite-support metadata_schema.fbs, identifier "M001") holding one
 * input ProcessUnit with NormalizationOptions. Field ids follow the schema's declaration order.
 * @param {{mean: number[], std: number[]}} norm
 * @returns {Uint8Array}
 */
export function buildNormalizationMetadata(norm) {
  const b = new Builder(256);
  const floatVector = (values) => {
    b.startVector(4, values.length, 4);
    for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i]);
    return b.endVector();
  };
  const offsetVector = (offsets) => {
    b.startVector(4, offsets.length, 4);
    for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i]);
    return b.endVector();
  };
  const mean = floatVector(norm.mean);
  const std = floatVector(norm.std);
  b.startObject(2); // NormalizationOptions { mean: [float] (0); std: [float] (1) }
  b.addFieldOffset(0, mean, 0);
  b.addFieldOffset(1, std, 0);
  const normOptions = b.endObject();
  b.startObject(2); // ProcessUnit { options_type (0) = 1 NormalizationOptions; options (1) }
  b.addFieldInt8(0, 1, 0);
  b.addFieldOffset(1, normOptions, 0);
  const processUnit = b.endObject();
  const processUnits = offsetVector([processUnit]);
  b.startObject(7); // TensorMetadata { ..., process_units (4) }
  b.addFieldOffset(4, processUnits, 0);
  const tensor = b.endObject();
  const inputTensors = offsetVector([tensor]);
  b.startObject(7); // SubGraphMetadata { ..., input_tensor_metadata (2) }
  b.addFieldOffset(2, inputTensors, 0);
  const subgraph = b.endObject();
  const subgraphs = offsetVector([subgraph]);
  b.startObject(8); // ModelMetadata { ..., subgraph_metadata (3) }
  b.addFieldOffset(3, subgraphs, 0);
  const root = b.endObject();
  b.finish(root, 'M001');
  return b.asUint8Array().slice();
}

/** Absolute position of a table/vector/string referenced by the uoffset stored at `pos`. */
function deref(bb, pos) {
  return pos + bb.readUint32(pos);
}

/** Absolute position of table field `id`'s value, or 0 when absent. */
function fieldPos(bb, table, id) {
  const vtable = table - bb.readInt32(table);
  const vtableSize = bb.readUint16(vtable);
  const slot = 4 + 2 * id;
  if (slot >= vtableSize) return 0;
  const rel = bb.readUint16(vtable + slot);
  return rel ? table + rel : 0;
}

/** Absolute positions of the tables in an offset vector field, or [] when absent. */
function tableVector(bb, table, id) {
  const pos = fieldPos(bb, table, id);
  if (!pos) return [];
  const vec = deref(bb, pos);
  const n = bb.readUint32(vec);
  return Array.from({ length: n }, (_, i) => deref(bb, vec + 4 + 4 * i));
}

/**
 * Append a `TFLITE_METADATA` buffer to a TFLite model (schema.fbs, identifier "TFL3") without
 * re-serialising it: the original bytes stay at the builder's tail and a new root `Model` table
 * re-points the untouched fields (version 0, operator_codes 1, subgraphs 2, description 3,
 * metadata_buffer 5, signature_defs 7) at the old objects; buffers (4) and metadata (6) get new
 * vectors holding the old entries plus the new one.
 * @param {Uint8Array} model original .tflite bytes (length a multiple of 16)
 * @param {Uint8Array} metadata metadata flatbuffer bytes
 * @returns {Uint8Array}
 */
export function appendTfliteMetadata(model, metadata) {
  const bb = new ByteBuffer(model);
  if (bb.__has_identifier && !bb.__has_identifier('TFL3')) throw new Error('not a TFLite model');
  const root = deref(bb, 0);
  const len = model.length;
  const b = new Builder(len + metadata.length + 4096);
  b.prep(16, len);
  b.space -= len;
  b.bb.bytes().set(model, b.space);
  const old = (absPos) => len - absPos; // builder offset of an object in the original bytes
  const oldVectorOffset = (id) => {
    const pos = fieldPos(bb, root, id);
    return pos ? old(deref(bb, pos)) : 0;
  };
  const oldBuffers = tableVector(bb, root, 4);
  const oldMetadata = tableVector(bb, root, 6);

  b.startVector(1, metadata.length, 16);
  b.space -= metadata.length;
  b.bb.bytes().set(metadata, b.space);
  const data = b.endVector();
  b.startObject(3); // Buffer { data (0) }
  b.addFieldOffset(0, data, 0);
  const newBuffer = b.endObject();
  b.startVector(4, oldBuffers.length + 1, 4);
  b.addOffset(newBuffer);
  for (let i = oldBuffers.length - 1; i >= 0; i--) b.addOffset(old(oldBuffers[i]));
  const buffers = b.endVector();

  const name = b.createString('TFLITE_METADATA');
  b.startObject(2); // Metadata { name (0); buffer (1) }
  b.addFieldOffset(0, name, 0);
  b.addFieldInt32(1, oldBuffers.length, -1);
  const newMeta = b.endObject();
  b.startVector(4, oldMetadata.length + 1, 4);
  b.addOffset(newMeta);
  for (let i = oldMetadata.length - 1; i >= 0; i--) b.addOffset(old(oldMetadata[i]));
  const metadataVec = b.endVector();

  const versionPos = fieldPos(bb, root, 0);
  b.startObject(8);
  if (versionPos) b.addFieldInt32(0, bb.readUint32(versionPos), -1);
  for (const id of [1, 2, 3, 5, 7]) {
    const off = oldVectorOffset(id);
    if (off) b.addFieldOffset(id, off, 0);
  }
  b.addFieldOffset(4, buffers, 0);
  b.addFieldOffset(6, metadataVec, 0);
  const newRoot = b.endObject();
  b.finish(newRoot, 'TFL3');
  return b.asUint8Array().slice();
}

/**
 * The pose detector tflite, sliced out of the Emscripten file package that ships it.
 * @returns {Uint8Array}
 */
export function readPoseDetector(poseDir = POSE_DIR) {
  const loader = readFileSync(join(poseDir, 'pose_solution_packed_assets_loader.js'), 'utf8');
  const m =
    /"filename":\s*"[^"]*pose_detection\.tflite",\s*"start":\s*(\d+),\s*"end":\s*(\d+)/.exec(
      loader,
    );
  if (!m) throw new Error('pose_detection.tflite not listed in the @mediapipe/pose asset loader');
  const data = readFileSync(join(poseDir, 'pose_solution_packed_assets.data'));
  return new Uint8Array(data.subarray(Number(m[1]), Number(m[2])));
}

/**
 * Build one PoseLandmarker `.task` (stored ZIP, entries at the root).
 * @param {'lite'|'full'|'heavy'} variant
 * @returns {Uint8Array}
 */
export function buildPoseTask(variant, poseDir = POSE_DIR) {
  const detector = appendTfliteMetadata(
    readPoseDetector(poseDir),
    buildNormalizationMetadata(NORMALIZATION.detector),
  );
  const landmarks = appendTfliteMetadata(
    new Uint8Array(readFileSync(join(poseDir, `pose_landmark_${variant}.tflite`))),
    buildNormalizationMetadata(NORMALIZATION.landmarks),
  );
  return zipSync(
    { 'pose_detector.tflite': detector, 'pose_landmarks_detector.tflite': landmarks },
    { level: 0 },
  );
}

const WASM_FILES = ['vision_wasm_module_internal.js', 'vision_wasm_module_internal.wasm'];

function main() {
  const out = join(ROOT, 'public/models');
  mkdirSync(join(out, 'wasm'), { recursive: true });
  const manifest = {};
  for (const variant of ['lite', 'full']) {
    const file = `pose_landmarker_${variant}.task`;
    const bytes = buildPoseTask(variant);
    writeFileSync(join(out, file), bytes);
    manifest[file] = createHash('sha256').update(bytes).digest('hex');
  }
  for (const f of WASM_FILES) {
    const src = join(WASM_DIR, f);
    const dst = join(out, 'wasm', f);
    if (!existsSync(dst) || statSync(dst).size !== statSync(src).size) copyFileSync(src, dst);
  }
  writeFileSync(join(out, 'wasm', 'tasks-vision.version'), readPkgVersion() + '\n');
  for (const [file, sha] of Object.entries(manifest)) {
    const size = statSync(join(out, file)).size;
    console.log(`models: ${file} ${size} B sha256 ${sha.slice(0, 12)}…`);
  }
}

function readPkgVersion() {
  return JSON.parse(readFileSync(join(WASM_DIR, '..', 'package.json'), 'utf8')).version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
