import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseMarkerName } from '../../../src/core/markers/markerSets';
import { recogniseMarkers } from '../../../src/core/markers/recogniseMarkers';
import { readC3d } from '../../../src/export/c3d/readC3d';
import { readTrc } from '../../../src/export/trc/readTrc';

const c3dLabels = (file: string): string[] =>
  readC3d(new Uint8Array(readFileSync(`../shared/data/c3d/${file}`))).points.map((p) =>
    p.label.trim(),
  );

// Marker names as the public sources list them (each case cites where the names and the meaning
// of each marker come from); the expected heel / toe / pelvis follow those sources' descriptions.
const CASES = [
  {
    what: 'Plug-in Gait, Vicon Nexus C3D (BTKData PiG_Motion3_FF.c3d; shared/data/c3d/README.md)',
    names: c3dLabels('PiG_Motion3_FF.c3d'),
    left: { heel: 'LHEE', toe: 'LTOE', ankle: 'LANK', knee: 'LKNE' },
    pelvis: ['LASI', 'RASI', 'LPSI', 'RPSI'],
    sets: ['Plug-in Gait', 'Helen Hayes'],
  },
  {
    what: 'Helen Hayes with sacrum, c3d.org sample09 PlugInC3D.c3d',
    names: c3dLabels('PlugInC3D.c3d'),
    left: { heel: 'LHEE', toe: 'LTOE', ankle: 'LANK', knee: 'LKNE' },
    pelvis: ['LASI', 'RASI', 'SACR'],
    sets: ['Plug-in Gait', 'Helen Hayes'],
  },
  {
    what: 'Plug-in Gait with a Vicon subject prefix',
    names: [
      'Subj:LHEE',
      'Subj:LTOE',
      'Subj:RHEE',
      'Subj:RTOE',
      'Subj:LASI',
      'Subj:RASI',
      'Subj:SACR',
    ],
    left: { heel: 'Subj:LHEE', toe: 'Subj:LTOE' },
    pelvis: ['Subj:LASI', 'Subj:RASI', 'Subj:SACR'],
    sets: ['Plug-in Gait', 'Helen Hayes'],
  },
  {
    what: 'CODA (Charnwood) C3D with hip joint centres, ADemo1 (BTKData)',
    names: c3dLabels('ADemo1_rewrite_c3d_pc_float.c3d'),
    left: { heel: 'L.Heel', toe: 'L.Toe', ankle: 'L.Ankle', knee: 'L.Knee', hip: 'L.Hip' },
    pelvis: ['L.Hip', 'R.Hip'],
    sets: ['OpenSim Rajagopal', 'CODA / Cortex'],
  },
  {
    what: 'OpenSim gait2354 TRC (tests/fixtures/opensim-gait2354, gait2354_Scale_MarkerSet.xml)',
    names: readTrc(
      readFileSync('tests/fixtures/opensim-gait2354/subject01_walk1.trc', 'utf8'),
    ).markers.map((m) => m.name),
    left: { heel: 'L.Heel', toe: 'L.Toe.Tip' },
    pelvis: ['L.ASIS', 'R.ASIS', 'V.Sacral'],
    sets: ['OpenSim gait2354/2392'],
  },
  {
    what: 'OpenSim gait2392 scale marker set (opensim-models Pipelines/Gait2392_Simbody)',
    names: [
      'R.ASIS',
      'L.ASIS',
      'V.Sacral',
      'R.Knee.Lat',
      'R.Knee.Med',
      'R.Ankle.Lat',
      'R.Ankle.Med',
      'R.Heel',
      'R.Toe.Tip',
      'L.Knee.Lat',
      'L.Knee.Med',
      'L.Ankle.Lat',
      'L.Ankle.Med',
      'L.Heel',
      'L.Toe.Tip',
    ],
    left: { heel: 'L.Heel', toe: 'L.Toe.Tip', ankle: 'L.Ankle.Lat', knee: 'L.Knee.Lat' },
    pelvis: ['L.ASIS', 'R.ASIS', 'V.Sacral'],
    sets: ['OpenSim gait2354/2392'],
  },
  {
    what: 'Rajagopal walking trial (opensim-models Pipelines/Rajagopal/ExpData/motion_capture_walk.trc)',
    names: [
      'R.ASIS',
      'L.ASIS',
      'R.PSIS',
      'S2',
      'L.PSIS',
      'R.Knee',
      'R.Ankle',
      'R.Heel',
      'R.MT5',
      'R.Toe',
      'L.Knee',
      'L.Ankle',
      'L.Heel',
      'L.MT5',
      'L.Toe',
    ],
    left: { heel: 'L.Heel', toe: 'L.Toe', ankle: 'L.Ankle', knee: 'L.Knee' },
    pelvis: ['L.ASIS', 'R.ASIS', 'L.PSIS', 'R.PSIS'],
    sets: ['OpenSim Rajagopal', 'CODA / Cortex'],
  },
  {
    what: 'IOR / CAST foot (Visual3D IOR foot model: FCC calcaneus, FM1/FM2/FM5 metatarsal heads, FAL, TAM)',
    names: [
      'L_FCC',
      'L_FM1',
      'L_FM2',
      'L_FM5',
      'L_FAL',
      'L_TAM',
      'R_FCC',
      'R_FM1',
      'R_FM2',
      'R_FM5',
      'R_FAL',
      'R_TAM',
      'L_IAS',
      'R_IAS',
      'L_IPS',
      'R_IPS',
    ],
    left: { heel: 'L_FCC', toe: 'L_FM2', ankle: 'L_FAL' },
    pelvis: ['L_IAS', 'R_IAS', 'L_IPS', 'R_IPS'],
    sets: ['IOR / CAST'],
  },
  {
    what: 'Pose2Sim Halpe26 (Pose2Sim/OpenSim_Setup/Markers_Halpe26.xml)',
    names: [
      'Hip',
      'LHip',
      'RHip',
      'LKnee',
      'RKnee',
      'LAnkle',
      'RAnkle',
      'LBigToe',
      'LSmallToe',
      'LHeel',
      'RBigToe',
      'RSmallToe',
      'RHeel',
    ],
    left: { heel: 'LHeel', toe: 'LBigToe', ankle: 'LAnkle', knee: 'LKnee', hip: 'LHip' },
    pelvis: ['LHip', 'RHip'],
    sets: ['Pose2Sim'],
  },
  {
    what: "OpenCap augmenter markers (OpenCap's response_markers list)",
    names: [
      'r.ASIS_study',
      'L.ASIS_study',
      'r.PSIS_study',
      'L.PSIS_study',
      'r_knee_study',
      'r_ankle_study',
      'r_toe_study',
      'r_5meta_study',
      'r_calc_study',
      'L_knee_study',
      'L_ankle_study',
      'L_toe_study',
      'L_calc_study',
      'L_5meta_study',
    ],
    left: {
      heel: 'L_calc_study',
      toe: 'L_toe_study',
      ankle: 'L_ankle_study',
      knee: 'L_knee_study',
    },
    pelvis: ['L.ASIS_study', 'r.ASIS_study', 'L.PSIS_study', 'r.PSIS_study'],
    sets: ['OpenCap'],
  },
  {
    what: "GaitLens's own TRC export (Pose2Sim BlazePose names, src/export/trc/pose2simMarkers.ts)",
    names: [
      'left_hip',
      'right_hip',
      'left_knee',
      'right_knee',
      'left_ankle',
      'right_ankle',
      'left_heel',
      'right_heel',
      'left_foot_index',
      'right_foot_index',
    ],
    left: {
      heel: 'left_heel',
      toe: 'left_foot_index',
      ankle: 'left_ankle',
      knee: 'left_knee',
      hip: 'left_hip',
    },
    pelvis: ['left_hip', 'right_hip'],
    sets: ['GaitLens'],
  },
];

describe('recogniseMarkers', () => {
  it.each(CASES)(
    'recogniseMarkers($what) finds heel, toe and pelvis',
    ({ names, left, pelvis, sets }) => {
      const r = recogniseMarkers(names);
      expect(r.left).toMatchObject(left);
      // the right side is named like the left with the other side letter / word
      expect(r.right.heel).toBeDefined();
      expect(normaliseMarkerName(r.right.heel!).body).toBe(normaliseMarkerName(left.heel).body);
      expect(r.pelvis?.slice().sort()).toEqual(pelvis.slice().sort());
      expect(r.markerSets).toEqual(sets);
    },
  );

  it('recogniseMarkers(names, overrides) lets --map win and reports mapped names the file lacks', () => {
    const names = ['LHEE', 'LTOE', 'RHEE', 'RTOE', 'LMT5', 'LASI', 'RASI'];
    const r = recogniseMarkers(names, {
      left: { toe: 'LMT5' },
      right: {},
      pelvis: ['LASI', 'NOPE'],
    });
    expect(r.left.toe).toBe('LMT5');
    expect(r.pelvis).toEqual(['LASI', 'NOPE']);
    expect(r.pelvisSource).toBe('mapped');
    expect(r.unknownOverrides).toEqual(['NOPE']);
  });

  it('normaliseMarkerName(name) reads sides from prefixes and separated suffixes, not from inside names', () => {
    expect(normaliseMarkerName('Subj:RASI')).toEqual({ side: 'right', body: 'ASI', whole: 'RASI' });
    expect(normaliseMarkerName('heel_L')).toMatchObject({ side: 'left', body: 'HEEL' });
    expect(normaliseMarkerName('V.Sacral')).toMatchObject({ side: null, whole: 'VSACRAL' });
    expect(normaliseMarkerName('LHipAngles').body).toBe('HIPANGLES'); // a PiG model output, not a hip
  });
});
