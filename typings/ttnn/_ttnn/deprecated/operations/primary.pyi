"""Primary operations"""
