# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""point_to_point operations"""

import ttnn._ttnn.multi_device
import ttnn._ttnn.operations.ccl
import ttnn._ttnn.tensor


class point_to_point_t:
    """
    Point-to-point send and receive operation. Send a tensor shard from one device to
     another over the fabric. If sender_coord == receiver_coord (same device), it performs a
     local on-device copy of the shard into output_tensor (no fabric); if output_tensor
     aliases input_tensor this is a no-op.

     Args:
         input_tensor (ttnn.Tensor): the input tensor.
         sender_coord (ttnn.MeshCoordinate): Coordinate of device containing input_tensor (shard).
         receiver_coord (ttnn.MeshCoordinate): Coordinate of device receiving input_tensor (shard).

     Keyword Args:
         topology (ttnn.Topology): Fabric topology.
         output_tensor (ttnn.Tensor,optional): Optional output tensor.
         intermediate_tensor (ttnn.Tensor,optional): Optional intermediate tensor.

    Returns:
        ttnn.Tensor: the output tensor, with transferred shard on receiving device.

     Supported dtypes and layouts:

         .. list-table::
             :header-rows: 1

             * - Dtypes
               - Layouts
             * - BFLOAT16, BFLOAT8_B, FLOAT32
               - TILE, ROW_MAJOR

         point_to_point does not restrict the input dtype (BFLOAT16 uses a power-of-two fabric packet size). The output layout must match the input layout, and the page size must be 16-byte aligned. The output has the same tensor spec as the input, with the sender's shard delivered to the receiver device. If ``sender_coord == receiver_coord`` the transfer degenerates to a local on-device copy (no fabric).

     Memory Support:
         - Interleaved: DRAM and L1
         - Sharded: not supported
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, sender_coord: ttnn._ttnn.multi_device.MeshCoordinate, receiver_coord: ttnn._ttnn.multi_device.MeshCoordinate, *, output_tensor: ttnn._ttnn.tensor.Tensor | None = None, intermediate_tensor: ttnn._ttnn.tensor.Tensor | None = None, topology: ttnn._ttnn.operations.ccl.Topology = ttnn._ttnn.operations.ccl.Topology.Linear) -> ttnn._ttnn.tensor.Tensor: ...

point_to_point: point_to_point_t = ...

def p2p_compute_intermediate_tensor_spec(input_tensor: ttnn._ttnn.tensor.Tensor, sender_coord: ttnn._ttnn.multi_device.MeshCoordinate, receiver_coord: ttnn._ttnn.multi_device.MeshCoordinate, topology: ttnn._ttnn.operations.ccl.Topology) -> ttnn._ttnn.tensor.TensorSpec: ...
