"""A real, playable MP4 slideshow written in pure Python, for the demo's uploaded video.

There is no video encoder here, but H.264 lets a picture be stored uncompressed: every
macroblock is coded as I_PCM (raw 8-bit luma and 4:2:0 chroma samples). Each slide is
one such IDR picture in the Constrained Baseline profile, shown for a few seconds; the
stream goes into an ISO base media (MP4) file with its moov box first, so browsers can
start playing before the download ends. Files are large for their length (about 220 KB
per 512×288 slide), which is fine for a demo of a few slides.
"""

import re
import struct

from PIL import Image

WIDTH, HEIGHT = 512, 288  # multiples of 16: whole macroblocks, no cropping
MB = 16
PROFILE_BASELINE = 66
CONSTRAINED_BASELINE_FLAGS = 0xC0  # constraint_set0 and constraint_set1
LEVEL = 31
TIMESCALE = 1000  # milliseconds
I_PCM = 25  # mb_type of an I_PCM macroblock in an I slice


class _BitWriter:
    def __init__(self):
        self.data = bytearray()
        self.bits = 0
        self.count = 0

    def u(self, length, value):
        self.bits = (self.bits << length) | value
        self.count += length
        while self.count >= 8:
            self.count -= 8
            self.data.append((self.bits >> self.count) & 0xFF)
        self.bits &= (1 << self.count) - 1

    def ue(self, value):
        code = value + 1
        self.u(2 * code.bit_length() - 1, code)

    def se(self, value):
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align(self):
        if self.count:
            self.u(8 - self.count, 0)

    def raw(self, chunk):
        self.data += chunk

    def trailing_bits(self):
        self.u(1, 1)
        self.align()
        return bytes(self.data)


def _nal(header, payload):
    # A start code must never appear inside a NAL unit: escape 00 00 0x (x <= 3).
    return bytes([header]) + re.sub(rb"\x00\x00(?=[\x00-\x03])", b"\x00\x00\x03", payload)


def _sps():
    bits = _BitWriter()
    bits.u(8, PROFILE_BASELINE)
    bits.u(8, CONSTRAINED_BASELINE_FLAGS)
    bits.u(8, LEVEL)
    bits.ue(0)  # seq_parameter_set_id
    bits.ue(0)  # log2_max_frame_num_minus4
    bits.ue(2)  # pic_order_cnt_type: output order is decoding order
    bits.ue(1)  # max_num_ref_frames
    bits.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    bits.ue(WIDTH // MB - 1)
    bits.ue(HEIGHT // MB - 1)
    bits.u(1, 1)  # frame_mbs_only_flag
    bits.u(1, 1)  # direct_8x8_inference_flag
    bits.u(1, 0)  # frame_cropping_flag
    bits.u(1, 0)  # vui_parameters_present_flag
    return _nal(0x67, bits.trailing_bits())


def _pps():
    bits = _BitWriter()
    bits.ue(0)  # pic_parameter_set_id
    bits.ue(0)  # seq_parameter_set_id
    bits.u(1, 0)  # entropy_coding_mode_flag: CAVLC
    bits.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    bits.ue(0)  # num_slice_groups_minus1
    bits.ue(0)  # num_ref_idx_l0_default_active_minus1
    bits.ue(0)  # num_ref_idx_l1_default_active_minus1
    bits.u(1, 0)  # weighted_pred_flag
    bits.u(2, 0)  # weighted_bipred_idc
    bits.se(0)  # pic_init_qp_minus26
    bits.se(0)  # pic_init_qs_minus26
    bits.se(0)  # chroma_qp_index_offset
    bits.u(1, 1)  # deblocking_filter_control_present_flag
    bits.u(1, 0)  # constrained_intra_pred_flag
    bits.u(1, 0)  # redundant_pic_cnt_present_flag
    return _nal(0x68, bits.trailing_bits())


def _planes(image):
    """Y, Cb and Cr samples in the limited ("TV") range H.264 assumes by default."""
    ycbcr = image.convert("RGB").resize((WIDTH, HEIGHT)).convert("YCbCr")
    luma, blue, red = ycbcr.split()
    half = (WIDTH // 2, HEIGHT // 2)
    luma = luma.point(lambda v: 16 + v * 219 // 255)
    blue, red = (
        plane.resize(half, Image.BOX).point(lambda v: 128 + (v - 128) * 224 // 255)
        for plane in (blue, red)
    )
    return luma.tobytes(), blue.tobytes(), red.tobytes()


def _idr_picture(image, idr_pic_id):
    luma, blue, red = _planes(image)
    bits = _BitWriter()
    bits.ue(0)  # first_mb_in_slice
    bits.ue(7)  # slice_type: I, and so are all slices of the picture
    bits.ue(0)  # pic_parameter_set_id
    bits.u(4, 0)  # frame_num
    bits.ue(idr_pic_id)
    bits.u(1, 0)  # no_output_of_prior_pics_flag
    bits.u(1, 0)  # long_term_reference_flag
    bits.se(0)  # slice_qp_delta
    bits.ue(1)  # disable_deblocking_filter_idc: raw samples need no filtering
    chroma_width = WIDTH // 2
    for mb_y in range(HEIGHT // MB):
        for mb_x in range(WIDTH // MB):
            bits.ue(I_PCM)
            bits.align()
            for row in range(MB):
                start = (mb_y * MB + row) * WIDTH + mb_x * MB
                bits.raw(luma[start : start + MB])
            for plane in (blue, red):
                for row in range(MB // 2):
                    start = (mb_y * MB // 2 + row) * chroma_width + mb_x * MB // 2
                    bits.raw(plane[start : start + MB // 2])
    return _nal(0x65, bits.trailing_bits())


def _box(kind, *payloads):
    data = b"".join(payloads)
    return struct.pack(">I4s", 8 + len(data), kind) + data


def _full_box(kind, version, flags, *payloads):
    return _box(kind, struct.pack(">I", (version << 24) | flags), *payloads)


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _moov(sample_sizes, sample_duration, mdat_offset, sps, pps):
    count = len(sample_sizes)
    duration = count * sample_duration
    avcc = _box(
        b"avcC",
        bytes([1, PROFILE_BASELINE, CONSTRAINED_BASELINE_FLAGS, LEVEL, 0xFF, 0xE1]),
        struct.pack(">H", len(sps)),
        sps,
        bytes([1]),
        struct.pack(">H", len(pps)),
        pps,
    )
    avc1 = _box(
        b"avc1",
        bytes(6),
        struct.pack(">H", 1),  # data_reference_index
        bytes(16),
        struct.pack(">HHIIIH", WIDTH, HEIGHT, 0x480000, 0x480000, 0, 1),
        bytes(32),  # compressorname
        struct.pack(">Hh", 0x18, -1),
        avcc,
    )
    stbl = _box(
        b"stbl",
        _full_box(b"stsd", 0, 0, struct.pack(">I", 1), avc1),
        _full_box(b"stts", 0, 0, struct.pack(">III", 1, count, sample_duration)),
        _full_box(b"stss", 0, 0, struct.pack(f">I{count}I", count, *range(1, count + 1))),
        _full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, count, 1)),
        _full_box(b"stsz", 0, 0, struct.pack(f">II{count}I", 0, count, *sample_sizes)),
        _full_box(b"stco", 0, 0, struct.pack(">II", 1, mdat_offset)),
    )
    minf = _box(
        b"minf",
        _full_box(b"vmhd", 0, 1, bytes(8)),
        _box(b"dinf", _full_box(b"dref", 0, 0, struct.pack(">I", 1), _full_box(b"url ", 0, 1))),
        stbl,
    )
    mdia = _box(
        b"mdia",
        _full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, TIMESCALE, duration, 0x55C4, 0)),
        _full_box(b"hdlr", 0, 0, bytes(4), b"vide", bytes(12), b"VideoHandler\x00"),
        minf,
    )
    tkhd = _full_box(
        b"tkhd",
        0,
        3,  # enabled, in movie
        struct.pack(">IIIII", 0, 0, 1, 0, duration),
        bytes(8),
        struct.pack(">hhhH", 0, 0, 0, 0),
        _MATRIX,
        struct.pack(">II", WIDTH << 16, HEIGHT << 16),
    )
    mvhd = _full_box(
        b"mvhd",
        0,
        0,
        struct.pack(">IIIIIH", 0, 0, TIMESCALE, duration, 0x10000, 0x100),
        bytes(10),
        _MATRIX,
        bytes(24),
        struct.pack(">I", 2),  # next_track_ID
    )
    return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))


def slideshow_mp4(slides, seconds_per_slide):
    """An MP4 video showing each Pillow image of ``slides`` for ``seconds_per_slide``."""
    sps, pps = _sps(), _pps()
    samples = [
        struct.pack(">I", len(nal)) + nal
        for nal in (_idr_picture(image, index % 2) for index, image in enumerate(slides))
    ]
    sizes = [len(sample) for sample in samples]
    ftyp = _box(b"ftyp", b"isom", struct.pack(">I", 0x200), b"isomiso2avc1mp41")
    duration = int(seconds_per_slide * TIMESCALE)
    # The moov box's size does not depend on the offset it records: measure, then write.
    moov_size = len(_moov(sizes, duration, 0, sps, pps))
    mdat_offset = len(ftyp) + moov_size + 8
    moov = _moov(sizes, duration, mdat_offset, sps, pps)
    return ftyp + moov + _box(b"mdat", *samples)
