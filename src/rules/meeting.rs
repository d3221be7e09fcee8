//! The meeting pack assembled from the register (to be written).
